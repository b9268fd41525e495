package uk.interchange.bench.roadworks;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.interchange.roadworks.bulletin.BulletinReader;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.bulletin.compose.ComposedReader;

/**
 * How fast the bulletin reader reads, on one thread (one core). Each operation reads {@code bytes} of bulletin text;
 * megabytes per second = operations per second x bytes / 1,000,000, printed at tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class BulletinReadBenchmark {
    @Param({"1000000"})
    public int bytes;

    /** "current", the reader in use; "composed", the layout-free reader that is to replace it. */
    @Param({"current", "composed"})
    public String reader;

    private String text;
    private BulletinReader.Options options;
    private int utf8Bytes;

    @Setup
    public void setUp() {
        text = BulletinCorpus.ofSize(bytes);
        utf8Bytes = text.getBytes(StandardCharsets.UTF_8).length;
        options = new BulletinReader.Options(Optional.empty(), BulletinCorpus.today());
        ReadResult r = read();
        if (r.works().isEmpty()) {
            throw new IllegalStateException("the corpus read into no works");
        }
        System.out.printf(
                "%ncorpus: %,d bytes, %,d works, %,d sentences%n",
                utf8Bytes, r.works().size(), r.sentences().size());
    }

    @Benchmark
    public ReadResult read() {
        return reader.equals("composed")
                ? ComposedReader.read(text, BulletinCorpus.today())
                : BulletinReader.read(text, options);
    }

    @TearDown
    public void tearDown() {
        System.out.printf("(multiply ops/s by %.3f for MB/s)%n", utf8Bytes / 1_000_000.0);
    }
}
