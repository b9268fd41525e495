package uk.interchange.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.interchange.app.audit.AuditConfig;
import uk.interchange.app.audit.AuditKeys;
import uk.interchange.app.audit.AuditStore;
import uk.interchange.app.audit.HeadFile;
import uk.interchange.app.audit.HeadSigner;
import uk.interchange.app.audit.TreeHead;
import uk.interchange.app.audit.Verifier;

/** `interchange audit verify`: recompute the log's hashes and tree and check them against the signed heads. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Prove that the audit log is as it was written: no entry changed, removed or reordered, and that it",
            "still extends the newest tree head kept outside the database (the server's head file, or --head),",
            "so a log cut short or rewritten together with its heads is caught too.",
            "Names the first bad entry if there is one. Exit code 0 when intact, 4 when not, 5 when intact against",
            "the database's own heads but no head kept outside it was found (nothing then proves it was not cut short).",
            "Reads the database the server uses (see `serve --help`); works while the server runs."
        })
final class AuditVerifyCommand implements Callable<Integer> {
    @Option(
            names = "--data",
            description = "Folder of the embedded database (default: ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    @Option(
            names = "--public-key",
            description = "Trust only this public key (the signing key's .pub file, kept apart from the server);"
                    + " without it the keys recorded in the database are trusted")
    Path publicKey;

    @Option(
            names = "--head",
            description = "A tree head you kept (a file whose last line is one, as --keep-head writes and the server's"
                    + " head file holds); default: the head file beside the signing key in the data folder")
    Path head;

    @Option(
            names = "--key-file",
            description = "Where the server's signing key is, when interchange.audit.key-file names another place"
                    + " than DIR/audit/signing-key: its head file (signing-key.heads) is beside it")
    Path keyFile;

    @Option(
            names = "--keep-head",
            description = "When the log is intact, add its newest signed head to this file, to keep somewhere else"
                    + " and give to --head next time")
    Path keepHead;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (publicKey != null && !Files.isReadable(publicKey)) {
            err.println("interchange: cannot read the public key file " + publicKey);
            return ExitCodes.BAD_INPUT;
        }
        if (head != null && !Files.isReadable(head)) {
            err.println("interchange: cannot read the tree head file " + head);
            return ExitCodes.BAD_INPUT;
        }
        HeadFile kept = head != null
                ? HeadFile.at(head)
                : HeadFile.besideKey(AuditConfig.keyFile(keyFile == null ? "" : keyFile.toString(), data.toString()));
        Optional<TreeHead> keptHead;
        try {
            keptHead = kept.latest();
        } catch (IllegalArgumentException e) {
            err.println("interchange: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (head != null && keptHead.isEmpty()) {
            err.println("interchange: " + head + " holds no tree head line");
            return ExitCodes.BAD_INPUT;
        }
        try (DatabaseAccess db = DatabaseAccess.open(data)) {
            AuditStore store = new AuditStore(new JdbcTemplate(db.dataSource()));
            Map<String, byte[]> trusted;
            String trust;
            if (publicKey != null) {
                byte[] key = AuditKeys.readPublic(publicKey);
                trusted = Map.of(HeadSigner.keyId(key), key);
                trust = "trusting only the key in " + publicKey + " (" + HeadSigner.keyId(key) + ")";
            } else {
                trusted = store.keys();
                trust = "trusting the " + count(trusted.size(), "key", "keys") + " recorded in the database; give"
                        + " --public-key to check against a key kept elsewhere";
            }
            long started = System.nanoTime();
            Verifier.Result r = store.verify(trusted, keptHead);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    "Audit log in %s: %s and %s checked in %.1f s, %s.%n",
                    db.where(),
                    count(r.entries(), "entry", "entries"),
                    count(r.heads(), "signed tree head", "signed tree heads"),
                    seconds,
                    trust);
            r.latest()
                    .ifPresent(h -> out.printf(
                            "Newest signed head: %,d entries, root %s, signed %s.%n",
                            h.size(), HexFormat.of().formatHex(h.root()), h.signedAt()));
            out.println(keptHead.map(k -> "Head kept outside the database: " + String.format("%,d", k.size())
                            + " entries, signed " + k.signedAt() + ", from " + kept.path() + ".")
                    .orElse("No head kept outside the database was found (" + kept.path() + "); give --head with"
                            + " one you kept, or the log can only be checked against its own heads."));
            r.consistency()
                    .ifPresent(c -> out.printf(
                            "Consistency proof from the kept head (%,d entries) to the newest (%,d): %d hashes, %s.%n",
                            c.kept().size(), c.newest().size(), c.hashes(), c.verified() ? "verified" : "FAILED"));
            if (r.intact() && keptHead.isEmpty() && r.latest().isPresent()) {
                // without a head kept elsewhere, a log cut short together with its heads would look the same
                out.println("NOT PROVED: intact against the database's own heads, but no head kept outside the"
                        + " database was found, so a log cut short with its heads cannot be told from this one.");
                return ExitCodes.UNPROVED;
            }
            if (r.intact()) {
                out.println("Intact: nothing was changed, removed or reordered.");
                if (keepHead != null && r.latest().isPresent()) {
                    HeadFile.at(keepHead).append(r.latest().get());
                    out.println("The newest signed head was added to " + keepHead + ".");
                }
                return ExitCodes.OK;
            }
            out.println("NOT INTACT: " + r.problem().get().reason() + ".");
            out.println("First bad entry: " + r.problem().get().entry());
            return ExitCodes.TAMPERED;
        } catch (IllegalArgumentException e) {
            err.println("interchange: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private static String count(long n, String one, String many) {
        return String.format("%,d %s", n, n == 1 ? one : many);
    }
}
