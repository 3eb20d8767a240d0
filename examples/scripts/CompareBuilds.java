import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares the extraction speed of two builds of whosaid on one machine at one time: both jars are
 * loaded side by side in one JVM and extract the same texts in alternating passes (A B, B A, …),
 * so that load from other processes falls on both alike; prints the median of the paired time
 * ratios B / A with its quartiles, in wall-clock time and in the measuring thread's CPU time. Run from the project root after `mvn -B -DskipTests package`:
 *
 * <pre>
 * java examples/scripts/CompareBuilds.java OLD.jar examples/target/whosaid.jar ../shared/corpus 80
 * </pre>
 *
 * The arguments: the two jars (A, then B), a directory of {@code .txt} articles, the number of
 * measured pairs (after as many unmeasured ones as warm-up). A ratio below 1 means B is faster.
 */
public class CompareBuilds {

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: java CompareBuilds.java A.jar B.jar TEXTS-DIR PAIRS");
      System.exit(2);
    }
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(args[2]))) {
      for (Path p : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    int pairs = Integer.parseInt(args[3]);
    Object[] whoSaid = new Object[2];
    Method[] extract = new Method[2];
    Method[] statements = new Method[2];
    for (int j = 0; j < 2; j++) {
      URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> w = loader.loadClass("org.whosaid.WhoSaid");
      whoSaid[j] = w.getMethod("create").invoke(null);
      extract[j] = w.getMethod("extract", String.class);
      statements[j] = loader.loadClass("org.whosaid.Extraction").getMethod("statements");
    }
    double[][] millis = new double[2][pairs];
    double[][] cpuMillis = new double[2][pairs];
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long found = 0;
    for (int p = -pairs; p < pairs; p++) {
      for (int k = 0; k < 2; k++) {
        int j = (p & 1) == 0 ? k : 1 - k; // alternate which build goes first
        long start = System.nanoTime();
        long startCpu = cpu.getCurrentThreadCpuTime();
        for (String text : texts) {
          found += ((List<?>) statements[j].invoke(extract[j].invoke(whoSaid[j], text))).size();
        }
        if (p >= 0) {
          millis[j][p] = (System.nanoTime() - start) / 1e6;
          cpuMillis[j][p] = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e6;
        }
      }
    }
    double[] ratio = new double[pairs];
    double[] cpuRatio = new double[pairs];
    for (int p = 0; p < pairs; p++) {
      ratio[p] = millis[1][p] / millis[0][p];
      cpuRatio[p] = cpuMillis[1][p] / cpuMillis[0][p];
    }
    Arrays.sort(ratio);
    Arrays.sort(cpuRatio);
    Arrays.sort(millis[0]);
    Arrays.sort(millis[1]);
    System.out.printf("A median %.1f ms, B median %.1f ms per pass over %d texts (%d statements found)%n",
        millis[0][pairs / 2], millis[1][pairs / 2], texts.size(), found);
    System.out.printf("B / A: median %.3f, quartiles %.3f and %.3f%n", ratio[pairs / 2], ratio[pairs / 4], ratio[3 * pairs / 4]);
    System.out.printf("B / A in this thread's CPU time (steadier on a loaded machine; leaves out the collector's threads): "
        + "median %.3f, quartiles %.3f and %.3f%n", cpuRatio[pairs / 2], cpuRatio[pairs / 4], cpuRatio[3 * pairs / 4]);
  }
}
