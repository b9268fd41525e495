package uk.interchange.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve` refuses, in one plain sentence, to start where it cannot: a port in use, a data folder in use. */
class ServeCommandTest {
    private static int run(StringWriter err, String... args) {
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
    }

    @Test
    void aPortInUseIsRefusedWithoutAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            StringWriter err = new StringWriter();
            int code = run(err, "serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString())
                    .contains("port " + taken.getLocalPort() + " is in use")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aDataFolderInUseIsRefused(@TempDir Path data) throws Exception {
        Path lock = data.resolve("postgres").resolve("epg-lock");
        Files.createDirectories(lock.getParent());
        Files.createFile(lock);
        assertThat(ServeCommand.dataInUse(data)).isEmpty();
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThat(ServeCommand.dataInUse(data))
                    .hasValueSatisfying(m -> assertThat(m).contains("another Interchange server is using"));
        }
    }
}
