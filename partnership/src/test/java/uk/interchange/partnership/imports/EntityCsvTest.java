package uk.interchange.partnership.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class EntityCsvTest {
    static final String FILE = """
            Kind,Given_Names,Surname,Date_of_Birth,Name,Company_Number,Address,Postcode,Phone,Registration_Mark
            person,Darren,Kestley,1984-03-07,,,,,,
            person,Marta,,03/1990,,,,,,
            company,,,,"Kestley Waste Solutions, Ltd",9876543,,,,
            address,,,,,,"Unit 4; Cold Lane Industrial Estate; Reading",rg2 0qx,,
            phone,,,,,,,,0207 946,
            vehicle,,,,,,,,,ab12 cde
            boat,,,,,,,,,
            company,,,,"A company whose name
            runs onto a second line",SC123456,,,,
            """;

    @Test
    void everyRowIsReadAndEachBadOneIsNamedByLineAndField() {
        EntityCsv.Reading r = EntityCsv.read(FILE, "tvp");
        assertThat(r.good()).extracting(EntityCsv.Good::line).containsExactly(2, 4, 5, 7, 9);
        assertThat(r.good())
                .extracting(EntityCsv.Good::label)
                .contains(
                        "Darren Kestley",
                        "Kestley Waste Solutions, Ltd",
                        "Unit 4, Cold Lane Industrial Estate, Reading RG2 0QX",
                        "AB12 CDE");
        assertThat(r.problems())
                .extracting(p -> p.line() + " " + p.field())
                .containsExactly("3 surname", "6 phone", "8 kind");
        assertThat(r.problems().get(2).reason()).contains("\"boat\" is not one of");
    }

    @Test
    void aFileWithNoKindColumnOrAnUnclosedQuoteIsRefusedWhole() {
        assertThat(EntityCsv.read("name,surname\nx,y\n", "tvp").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("no kind column"));
        assertThatThrownBy(() -> Csv.read("kind,name\ncompany,\"never closed\n"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("never closed");
    }

    @Property
    void aFieldWrittenTheWayRfc4180QuotesItReadsBackAsItWas(@ForAll @StringLength(max = 40) String value) {
        String quoted = "\"" + value.replace("\"", "\"\"") + "\"";
        Csv.Table t = Csv.read("kind,name\ncompany," + quoted + "\n");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).fields().get("name")).isEqualTo(value);
        assertThat(t.header()).isEqualTo(List.of("kind", "name"));
    }

    @Property
    void aRowWrittenAsCsvReadsBackAsItWas(
            @ForAll @StringLength(max = 30) String a, @ForAll @StringLength(max = 30) String b) {
        Csv.Table t = Csv.read(Csv.line(List.of("kind", "name")) + Csv.line(List.of(a, b)));
        assertThat(t.rows()).hasSize(1);
        // the reader keeps fields as written, except that a blank field reads as absent
        assertThat(t.rows().get(0).fields().getOrDefault("kind", "")).isEqualTo(a);
        assertThat(t.rows().get(0).fields().getOrDefault("name", "")).isEqualTo(b);
    }

    @Test
    void linkRowsJoinRowsOfTheFileByRefAndRecordsAlreadyHeldByOwnerAndId() {
        String file = """
                kind,ref,given_names,surname,name,from,to,link,role
                person,p1,Nadia,Rowe,,,,,
                company,c1,,,Rowe Recycling Ltd,,,,
                person,p2,Sam,,,,,,
                link,,,,,p1,c1,director of,
                link,,,,,p1,c1,DIRECTOR_OF,company secretary
                link,,,,,c1,p1,lives at,
                link,,,,,p1,nobody,associate of,
                link,,,,,p1,p2,associate of,
                link,,,,,p1,tvp/0b9f,associate of,
                link,,,,,p1,c1,funds,
                person,p1,Again,Rowe,,,,,
                """;
        EntityCsv.Reading r = EntityCsv.read(
                file,
                "tvp",
                name -> name.equals("tvp/0b9f") ? java.util.Optional.of("person") : java.util.Optional.empty());
        assertThat(r.good()).extracting(EntityCsv.Good::label).containsExactly("Nadia Rowe", "Rowe Recycling Ltd");
        assertThat(r.refs()).containsEntry("p1", 2).containsEntry("c1", 3);
        assertThat(r.links())
                .extracting(l -> l.line() + " " + l.from() + " " + l.kind() + " " + l.to() + " "
                        + l.role().orElse("-"))
                .containsExactly(
                        "5 p1 DIRECTOR_OF c1 -",
                        "6 p1 DIRECTOR_OF c1 company secretary",
                        "10 p1 ASSOCIATE_OF tvp/0b9f -");
        assertThat(r.problems())
                .extracting(p -> p.line() + " " + p.field())
                .containsExactly("4 surname", "12 ref", "7 link", "8 to", "9 to", "11 link");
        assertThat(r.problems().get(2).reason()).isEqualTo("\"lives at\" cannot run from a company to a person");
        assertThat(r.problems().get(4).reason()).contains("line 4, which has problems of its own");
    }

    @Property(tries = 300)
    void aStreamReadInPiecesOfAnySizeGivesTheSameRecords(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 70) int piece) {
        StringBuilder text = new StringBuilder("id,name,note\r\n");
        for (int i = 0; i < 40; i++) {
            text.append(i).append(",\"Name, ").append(i).append("\",\"two\nlines\"\r\n");
        }
        java.io.Reader slow = new java.io.StringReader(text.toString()) {
            @Override
            public int read(char[] buf, int off, int len) throws java.io.IOException {
                return super.read(buf, off, Math.min(len, piece));
            }
        };
        java.util.List<CsvReader.Record> all = new java.util.ArrayList<>();
        try (CsvReader r = new CsvReader(slow)) {
            for (CsvReader.Record x = r.next(); x != null; x = r.next()) {
                all.add(x);
            }
        }
        assertThat(all).hasSize(41);
        assertThat(all.get(40).fields()).containsExactly("39", "Name, 39", "two\nlines");
        assertThat(all.get(40).line()).isEqualTo(80);
    }

    @Test
    void aValueTooLongOrHoldingAControlCharacterIsAProblemOfItsRowAndTheOthersAreRead() {
        String file = "kind,given_names,surname,address\n"
                + "person,Darren,Kestley,\n"
                + "person,Ann," + "x".repeat(EntityCsv.MAX_VALUE + 1) + ",\n"
                + "person,Bo\u0000b,Rowe,\n"
                + "address,,,\"1 High Street\nReading\"\n";
        EntityCsv.Reading r = EntityCsv.read(file, "tvp");
        assertThat(r.good()).extracting(EntityCsv.Good::line).containsExactly(2, 5);
        assertThat(r.problems())
                .extracting(p -> p.line() + " " + p.field() + " " + p.reason())
                .containsExactly(
                        "3 surname is longer than 1,000 characters, the most a value may hold (it has 1,001)",
                        "4 given_names holds a control character (U+0000) at character 3");
    }
}
