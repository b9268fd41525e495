package uk.interchange.app.roadworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import uk.interchange.app.server.ServerTest;

/**
 * The DATEX II feed against the published v3.1 schemas: a copy kept under this module's test resources (datex2-3/,
 * with the source and licence of the copy beside it), or the folder INTERCHANGE_DATEX_SCHEMA_DIR names. The writer's own order and required elements are held by the roadworks DatexTest.
 */
class DatexSchemaTest extends ServerTest {
    static final String ENTRY = "DATEXII_3_D2Payload.xsd";

    /** The folder holding the schema's entry file: the one named in the environment, else the copy kept here. */
    static Path schemaFolder() {
        String named = System.getenv("INTERCHANGE_DATEX_SCHEMA_DIR");
        return named != null && !named.isBlank() ? Path.of(named) : Path.of("src/test/resources/datex2-3");
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
        Path folder = schemaFolder();
        assertThat(folder.resolve(ENTRY)).as("the DATEX II v3.1 schemas").isRegularFile();
        Schema schema = schema(folder);
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
