package org.whosaid.link;

import java.util.Arrays;

/**
 * A map from non-negative ints to doubles without boxing: open addressing with linear probing and
 * backward-shift deletion. {@link ClaimClusterer} keeps one per group of statements (the summed
 * similarity to each neighbouring group), millions of entries for 100,000 statements, where
 * {@code HashMap<Integer, Double>} spends most of the time allocating. (Lucene has one, but in a
 * package it declares internal.)
 *
 * <pre>{@code
 * IntDoubleMap m = new IntDoubleMap();
 * m.addTo(7, 0.25);
 * m.addTo(7, 0.5);     // 0.75
 * m.get(7);            // 0.75; NaN for a key not in the map
 * }</pre>
 *
 * <p>Not thread-safe.
 */
final class IntDoubleMap {

  private static final int EMPTY = -1;

  private int[] keys;
  private double[] values;
  private int size;
  private int mask;

  IntDoubleMap() {
    allocate(8);
  }

  /** Number of keys. */
  int size() {
    return size;
  }

  /** The value of a key, NaN when the key is not in the map. */
  double get(int key) {
    if (key < 0) {
      return Double.NaN;
    }
    int slot = find(key);
    return keys[slot] == key ? values[slot] : Double.NaN;
  }

  /** Sets the value of a key. */
  void put(int key, double value) {
    int slot = find(checked(key));
    if (keys[slot] != key) {
      insert(slot, key, value);
    } else {
      values[slot] = value;
    }
  }

  /** Adds to the value of a key (0 when absent); returns the new value. */
  double addTo(int key, double value) {
    int slot = find(checked(key));
    if (keys[slot] != key) {
      insert(slot, key, value);
      return value;
    }
    return values[slot] += value;
  }

  /** Removes a key, if present. */
  void remove(int key) {
    int hole = key < 0 ? 0 : find(key);
    if (key < 0 || keys[hole] != key) {
      return;
    }
    size--;
    for (int j = (hole + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
      int home = slot(keys[j]);
      boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
      if (!stays) {
        keys[hole] = keys[j];
        values[hole] = values[j];
        hole = j;
      }
    }
    keys[hole] = EMPTY;
  }

  /** Number of slots, for iterating with {@link #keyAt} and {@link #valueAt}. */
  int slots() {
    return keys.length;
  }

  /** The key in a slot, or -1 for an empty slot. */
  int keyAt(int slot) {
    return keys[slot];
  }

  /** The value in a slot that holds a key. */
  double valueAt(int slot) {
    return values[slot];
  }

  private static int checked(int key) {
    if (key < 0) {
      throw new IllegalArgumentException("keys must not be negative: " + key);
    }
    return key;
  }

  private void insert(int slot, int key, double value) {
    keys[slot] = key;
    values[slot] = value;
    if (++size > keys.length * 3 / 4) {
      int[] oldKeys = keys;
      double[] oldValues = values;
      allocate(keys.length * 2);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          int s = find(oldKeys[i]);
          keys[s] = oldKeys[i];
          values[s] = oldValues[i];
        }
      }
    }
  }

  /** The slot of a key, or the empty slot where it would go. */
  private int find(int key) {
    int s = slot(key);
    while (keys[s] != EMPTY && keys[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  private int slot(int key) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  private void allocate(int capacity) {
    keys = new int[capacity];
    Arrays.fill(keys, EMPTY);
    values = new double[capacity];
    mask = capacity - 1;
  }
}
