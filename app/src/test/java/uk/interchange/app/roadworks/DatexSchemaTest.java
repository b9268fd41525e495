package uk.interchange.app.roadworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import uk.interchange.app.server.ServerTest;

/**
 * The DATEX II feed against the published v3 schemas. They could not be had on this project's machines (not in
 * ../shared/standards, not on any registry reached from here), so the test looks for them where they would be put:
 * a folder named datex... in ../shared/standards holding DATEXII_3_D2Payload.xsd and the files it imports, a copy
 * under this module's test resources (datex2-3/), or the folder INTERCHANGE_DATEX_SCHEMA_DIR names; it skips, saying
 * so, when there is none. The writer's own order and required elements are held by the roadworks DatexTest.
 */
class DatexSchemaTest extends ServerTest {
    static final String ENTRY = "DATEXII_3_D2Payload.xsd";

    /** The folder holding the schema's entry file, wherever a copy is. */
    static Optional<Path> schemaFolder() throws IOException {
        String named = System.getenv("INTERCHANGE_DATEX_SCHEMA_DIR");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Path resources = Path.of("src/test/resources/datex2-3");
        if (Files.isRegularFile(resources.resolve(ENTRY))) {
            return Optional.of(resources);
        }
        Path standards = Path.of("")
                .toAbsolutePath()
                .getParent()
                .resolveSibling("shared")
                .resolve("standards");
        if (!Files.isDirectory(standards)) {
            return Optional.empty();
        }
        try (Stream<Path> found = Files.find(
                standards,
                4,
                (p, a) -> p.getFileName().toString().equals(ENTRY)
                        && standards
                                .relativize(p)
                                .getName(0)
                                .toString()
                                .toLowerCase(Locale.ROOT)
                                .startsWith("datex"))) {
            return found.findFirst().map(Path::getParent);
        }
    }

    static Schema schema(Path folder) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // imports are read from the folder only: no network here, and none wanted
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(folder.resolve(ENTRY).toFile());
    }

    @Test
    void theDatexFeedIsValidAgainstThePublishedSchemaAndABrokenOneIsNot() throws Exception {
        Optional<Path> folder = schemaFolder();
        assumeTrue(
                folder.isPresent(),
                "no copy of the DATEX II v3 schemas (" + ENTRY + " and its imports) in ../shared/standards/datex*,"
                        + " src/test/resources/datex2-3 or INTERCHANGE_DATEX_SCHEMA_DIR");
        Schema schema = schema(folder.get());
        var r = get("/feeds/datex2.xml");
        assertThat(r.statusCode()).isEqualTo(200);
        schema.newValidator().validate(new StreamSource(new StringReader(r.body())));
        // a check that never fails proves nothing: without a required element the same feed must be refused
        String broken = r.body().replaceFirst("<sit:probabilityOfOccurrence>[a-z]+</sit:probabilityOfOccurrence>", "");
        assertThat(broken).isNotEqualTo(r.body());
        assertThatThrownBy(() -> schema.newValidator().validate(new StreamSource(new StringReader(broken))))
                .isInstanceOf(SAXException.class);
    }
}
