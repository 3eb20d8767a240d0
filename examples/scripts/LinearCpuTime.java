import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How much longer a ten times longer article takes, in the measuring thread's CPU time (steadier
 * than a clock on a shared machine): a 20,000-character Dutch text made of one pattern, and that
 * text ten times over, extracted in alternating rounds; prints the medians and their ratio. Run
 * from the project root after `mvn -B -DskipTests package`:
 *
 * <pre>
 * java examples/scripts/LinearCpuTime.java examples/target/whosaid.jar "De minister zei dat het goed ging en " 40
 * </pre>
 */
public class LinearCpuTime {

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: java LinearCpuTime.java WHOSAID.jar PATTERN ROUNDS");
      System.exit(2);
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> w = loader.loadClass("org.whosaid.WhoSaid");
    Object whoSaid = w.getMethod("create").invoke(null);
    Class<?> articleClass = loader.loadClass("org.whosaid.model.Article");
    Method extract = w.getMethod("extract", articleClass);
    Method statements = loader.loadClass("org.whosaid.Extraction").getMethod("statements");
    String pattern = args[1];
    int rounds = Integer.parseInt(args[2]);
    String base = pattern.repeat(20_000 / pattern.length() + 1).substring(0, 20_000);
    Object one = article(articleClass, "1x", base);
    Object ten = article(articleClass, "10x", base.repeat(10));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] single = new double[rounds];
    double[] tenfold = new double[rounds];
    long found = 0;
    for (int r = -rounds; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < 10; i++) {
        found += ((List<?>) statements.invoke(extract.invoke(whoSaid, one))).size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      found += ((List<?>) statements.invoke(extract.invoke(whoSaid, ten))).size();
      long t2 = cpu.getCurrentThreadCpuTime();
      if (r >= 0) {
        single[r] = (t1 - t0) / 10e3;
        tenfold[r] = (t2 - t1) / 1e3;
      }
    }
    Arrays.sort(single);
    Arrays.sort(tenfold);
    System.out.printf("1x %.0f us, 10x %.0f us CPU time (medians of %d rounds): 10x / 1x = %.2f (%d statements)%n",
        single[rounds / 2], tenfold[rounds / 2], rounds, tenfold[rounds / 2] / single[rounds / 2], found);
  }

  private static Object article(Class<?> articleClass, String id, String text) throws Exception {
    Object b = articleClass.getMethod("builder").invoke(null);
    b = b.getClass().getMethod("id", String.class).invoke(b, id);
    b = b.getClass().getMethod("text", String.class).invoke(b, text);
    b = b.getClass().getMethod("language", String.class).invoke(b, "nl");
    return b.getClass().getMethod("build").invoke(b);
  }
}
