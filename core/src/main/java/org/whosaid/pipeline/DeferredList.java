package org.whosaid.pipeline;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list worked out when it is first read, once, by whichever thread reads it first:
 * an extraction's actors, which a caller who wants only the statements never pays for. What the
 * list is made from must be immutable by the time the list is handed out. Thread-safe.
 *
 * @param <E> the elements
 */
public final class DeferredList<E> extends AbstractList<E> implements RandomAccess {

  private final Supplier<ImmutableList<E>> elements;

  DeferredList(Supplier<? extends List<E>> make) {
    this.elements = Suppliers.memoize(() -> ImmutableList.copyOf(make.get()));
  }

  @Override
  public E get(int index) {
    return elements.get().get(index);
  }

  @Override
  public int size() {
    return elements.get().size();
  }
}
