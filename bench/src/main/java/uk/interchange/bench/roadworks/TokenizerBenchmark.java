package uk.interchange.bench.roadworks;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
import uk.interchange.roadworks.bulletin.token.Token;
import uk.interchange.roadworks.bulletin.token.Tokenizer;

/**
 * How fast the tokenizer of issue "Roadworks 3" classifies bulletin text, on one thread, on the same corpus as
 * {@link BulletinReadBenchmark}: the part of reading that walks every character, measured on its own. Megabytes per
 * second = operations per second x bytes / 1,000,000, printed at tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class TokenizerBenchmark {
    @Param({"1000000"})
    public int bytes;

    private String text;
    private int utf8Bytes;

    @Setup
    public void setUp() {
        text = BulletinCorpus.ofSize(bytes);
        utf8Bytes = text.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf(
                "%ncorpus: %,d bytes, %,d tokens%n",
                utf8Bytes, Tokenizer.tokens(text).size());
    }

    @Benchmark
    public List<Token> tokens() {
        return Tokenizer.tokens(text);
    }

    @TearDown
    public void tearDown() {
        System.out.printf("(multiply ops/s by %.3f for MB/s)%n", utf8Bytes / 1_000_000.0);
    }
}
