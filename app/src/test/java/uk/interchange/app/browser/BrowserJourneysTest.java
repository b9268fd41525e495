package uk.interchange.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.interchange.app.server.ServerTest;

/**
 * Journeys in headless Chromium from Debian's packages (chromium, chromium-driver), as people make them.
 * Where either is not installed each journey is reported as skipped, saying which is missing; CI installs them.
 * Screenshots go to app/target/screenshots. The system properties interchange.chromium and
 * interchange.chromedriver name other places for the two programs.
 */
class BrowserJourneysTest extends ServerTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("interchange.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("interchange.chromedriver", "/usr/bin/chromedriver"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static WebDriver browser;

    /** Why the journeys cannot run here, if they cannot. */
    private static Optional<String> missing() {
        List<String> absent = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            absent.add("Chromium at " + CHROMIUM + " (Debian package chromium)");
        }
        if (!Files.isExecutable(DRIVER)) {
            absent.add("chromedriver at " + DRIVER + " (Debian package chromium-driver)");
        }
        return absent.isEmpty()
                ? Optional.empty()
                : Optional.of("the browser journeys need Chromium and its driver; not installed: "
                        + String.join(", ", absent));
    }

    @BeforeAll
    static void start() throws Exception {
        // an assumption that fails in @BeforeAll is reported by surefire as no test at all; each journey says so below
        if (missing().isPresent()) {
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1400",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void browserInstalled() {
        missing().ifPresent(why -> assumeTrue(false, why));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Clicks something that loads a page, and waits until the old page has gone before the test reads on. */
    private static void go(WebElement target) {
        WebElement old = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> gone(old));
    }

    /**
     * Whether the element's page has been replaced. Chromium newer than Selenium knows can answer a question about an
     * element of a page being unloaded with "node does not belong to the document" instead of the stale-element
     * error: that too means the page has gone.
     */
    private static boolean gone(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Signs in afresh through the sign-in page, as the person would. */
    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        open("/sign-in");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PLANNER_PASSWORD);
        go(browser.findElement(By.cssSelector("button[type=submit]")));
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aPlannerImportsABulletinFixesAWarningAndConfirms() throws Exception {
        browser.manage().deleteAllCookies();
        open("/roadworks/planner");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.findElement(By.id("username")).sendKeys("planner");
        browser.findElement(By.id("password")).sendKeys(PLANNER_PASSWORD);
        go(browser.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your works");
        screenshot("planner");

        go(browser.findElement(By.linkText("Import a bulletin")));
        String night = DAY.format(LocalDate.now().plusDays(12));
        String bulletin = "M6 J4 to J5, West Midlands: barrier repairs\n\nBarrier repairs take place this week. The"
                + " northbound carriageway will be closed between J4 and J5 overnight, between 9pm and 5am, on " + night
                + ". Lane closures will be in place on the southbound carriageway between J5 and J4 overnight on "
                + night + ".";
        browser.findElement(By.id("text")).sendKeys(bulletin);
        go(browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check what was read");
        WebElement warnings = browser.findElement(By.id("warnings"));
        assertThat(warnings.getText()).contains("overnight with no hours given");
        screenshot("import-preview");

        // the planner adds the hours the sentence left out and reads it again
        WebElement text = browser.findElement(By.id("text"));
        String fixed = text.getAttribute("value").replace("J4 overnight on", "J4 overnight, between 9pm and 5am, on");
        text.clear();
        text.sendKeys(fixed);
        go(browser.findElement(By.id("again")));
        assertThat(browser.getPageSource()).doesNotContain("overnight with no hours given");
        assertThat(browser.getPageSource()).contains("Lane closure, M6 southbound, junction 5 to junction 4");

        go(browser.findElement(By.id("confirm")));
        assertThat(browser.findElement(By.className("govuk-panel__title")).getText())
                .isEqualTo("Bulletin imported");
        assertThat(browser.findElement(By.className("govuk-panel__body")).getText())
                .isEqualTo("1 works saved");
        go(browser.findElement(By.partialLinkText("M6 J4 to J5")));
        assertThat(browser.getPageSource()).contains("between 9pm and 5am");
        screenshot("work");
    }

    @Test
    void someoneFindsWhatIsClosedOnARoadTonightAndSubscribes() throws Exception {
        open("/");
        browser.findElement(By.id("road")).sendKeys("M6");
        browser.findElement(By.id("when-tonight")).click();
        go(browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.findElement(By.id("results")).getText()).contains("restrictions from");
        List<WebElement> rows = browser.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).startsWith("M6"));
        screenshot("what-is-closed");

        go(rows.get(0).findElement(By.linkText("M6")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("M6");
        WebElement chart = browser.findElement(By.cssSelector("svg.ix-chart"));
        assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent"))
                .startsWith("Works on the M6 by junction and night");
        assertThat(chart.getText())
                .as("the junctions drawn, not the chart of a road without works")
                .containsPattern("\\bJ\\d+\\b")
                .doesNotContain("No works with junction numbers");
        screenshot("road");
        String calendar = browser.findElement(By.id("subscribe")).getAttribute("href");
        assertThat(calendar).endsWith("/roadworks/roads/M6/calendar.ics");
        var ics = get(calendar.substring(calendar.indexOf("/roadworks")));
        assertThat(ics.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        assertThat(new CalendarBuilder().build(new StringReader(ics.body())).getComponents("VEVENT"))
                .isNotEmpty();
    }

    @Test
    void aCouncilOfficerIsAskedWhyAndSeesOnlyWhatWasSharedWithTheCouncil() throws Exception {
        browser.manage().deleteAllCookies();
        open("/partnership/search");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.findElement(By.id("username")).sendKeys("reading-coordinator");
        browser.findElement(By.id("password")).sendKeys(PLANNER_PASSWORD);
        go(browser.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search partnership records");

        // no reason given: the search is not made, and the form says what is missing
        browser.findElement(By.id("query")).sendKeys("Darren Kestley");
        go(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("reason is needed");
        assertThat(browser.findElements(By.id("results"))).isEmpty();

        browser.findElement(By.id("reason")).sendKeys("Checking the bidders for the grounds maintenance tender");
        browser.findElement(By.id("caseReference")).sendKeys("TENDER-2026-114");
        go(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.id("results")).getText()).isEqualTo("1 record found");
        assertThat(browser.findElement(By.cssSelector("tbody tr")).getText())
                .contains("Darren Kestley")
                .contains("Thames Valley Police");
        screenshot("partnership-search");

        // the search's reason stands for the enquiry: the record opens without asking again, with its links
        go(browser.findElement(By.linkText("Darren Kestley")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Darren Kestley");
        assertThat(browser.findElement(By.id("why")).getText()).contains("grounds maintenance tender");
        assertThat(browser.findElement(By.id("links")).getText())
                .contains("Kestley Waste Solutions Ltd")
                .doesNotContain("Brannigan");
        screenshot("partnership-record");
        open("/partnership/search");
        browser.findElement(By.id("reason")).sendKeys("Checking the bidders for the grounds maintenance tender");

        // a record the force keeps to itself: to the council it is as if it did not exist
        WebElement query = browser.findElement(By.id("query"));
        query.clear();
        query.sendKeys("Kyle Brannigan");
        go(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.id("results")).getText()).isEqualTo("0 records found");
    }

    @Test
    void aProcurementOfficerScreensTheBiddersForATender() throws Exception {
        signIn("reading-buyer");
        go(browser.findElement(By.linkText("Screen the suppliers bidding for a contract")));
        go(browser.findElement(By.linkText("Screen a new tender")));
        String reference = "RBC-GM-" + System.nanoTime() % 100000;
        browser.findElement(By.id("reference")).sendKeys(reference);
        browser.findElement(By.id("title")).sendKeys("Grounds maintenance, 2027 to 2030");
        browser.findElement(By.id("tenderDate")).sendKeys("2026-12-18");
        go(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Grounds maintenance, 2027 to 2030");

        // a typing slip in the postcode: the form says where, and keeps what was typed
        browser.findElement(By.id("companyName")).sendKeys("Kennet Green Spaces Ltd");
        browser.findElement(By.id("postcode")).sendKeys("RG30 1A");
        browser.findElement(By.id("officer1Name")).sendKeys("Darren Kestley");
        browser.findElement(By.id("officer1Born")).sendKeys("03/1984");
        go(browser.findElement(By.xpath("//button[text()='Add the bidder']")));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("postcode");
        assertThat(browser.findElement(By.id("companyName")).getAttribute("value"))
                .isEqualTo("Kennet Green Spaces Ltd");
        WebElement postcode = browser.findElement(By.id("postcode"));
        postcode.clear();
        postcode.sendKeys("RG30 1AA");
        go(browser.findElement(By.xpath("//button[text()='Add the bidder']")));

        // the other bidders come in a CSV file
        Path csv = Files.createTempFile("bidders", ".csv");
        Files.writeString(
                csv,
                "bidder_id,kind,company_name,company_number,full_name,postcode\n"
                        + "B1,company,Caversham Gardens Ltd,45670001,,RG4 8AB\n"
                        + "B1,person,,,Helen Marsh,\n");
        browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        go(browser.findElement(By.xpath("//button[text()='Upload the bidders']")));
        go(browser.findElement(By.xpath("//button[text()='Screen 2 bidders']")));
        assertThat(browser.findElement(By.className("govuk-panel__title")).getText())
                .isEqualTo("2 bidders screened");
        assertThat(browser.findElement(By.cssSelector("tr[data-bidder='Kennet Green Spaces Ltd'] .outcome"))
                        .getText())
                .contains("Refer to police");
        assertThat(browser.findElement(By.cssSelector("tr[data-bidder='Caversham Gardens Ltd'] .outcome"))
                        .getText())
                .contains("No hit");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .doesNotContain("Kestley network")
                .doesNotContain("TV-OCG");
        screenshot("partnership-screening");
        go(browser.findElement(By.linkText("Supplier screening")));
        assertThat(browser.findElement(By.id("screenings")).getText()).contains(reference);

        // the force's intelligence officer sees why, and advises
        signIn("tvp-intel");
        go(browser.findElement(By.linkText("Screening referrals")));
        go(browser.findElement(By.linkText("Kennet Green Spaces Ltd")));
        assertThat(browser.findElement(By.id("paths")).getText())
                .contains("has as director → person Darren Kestley")
                .contains("TV-OCG-0142");
        browser.findElement(By.id("advice-further-checks")).click();
        browser.findElement(By.id("note")).sendKeys("Hold the award; we will call you this week.");
        browser.findElement(By.id("reason")).sendKeys("director matches the group's principal, birth month agrees");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('paths').scrollIntoView()");
        screenshot("partnership-referral");
        go(browser.findElement(By.xpath("//button[text()='Record the advice']")));
        assertThat(browser.findElement(By.id("advised")).getText()).contains("recorded");

        signIn("reading-buyer");
        go(browser.findElement(By.linkText("Screen the suppliers bidding for a contract")));
        go(browser.findElement(By.partialLinkText(reference)));
        assertThat(browser.findElement(By.cssSelector("tr[data-bidder='Kennet Green Spaces Ltd'] .advice"))
                        .getText())
                .contains("Further checks needed")
                .contains("Hold the award");
    }

    @Test
    void aCoordinatorMakesAHotspotImportsCrimeLogsAnInterventionAndSeesTheChart() throws Exception {
        signIn("reading-coordinator");
        go(browser.findElement(By.linkText("Clear, Hold, Build hotspots")));
        browser.findElement(By.id("name")).sendKeys("Cemetery Junction");
        browser.findElement(By.id("area")).sendKeys(uk.interchange.app.partnership.HotspotPagesTest.area(0.3));
        browser.findElement(By.id("comparison"))
                .sendKeys(uk.interchange.app.partnership.HotspotPagesTest.comparison(0.3));
        go(browser.findElement(By.xpath("//button[text()='Record the hotspot']")));
        String hotspot = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cemetery Junction");

        open("/partnership/crime");
        Path csv = Files.createTempFile("street", ".csv");
        Files.writeString(csv, uk.interchange.app.partnership.HotspotPagesTest.crimes(0.3));
        browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        go(browser.findElement(By.xpath("//button[text()='Import the crimes']")));
        assertThat(browser.findElement(By.className("govuk-panel__title")).getText())
                .endsWith("crimes imported");
        assertThat(browser.findElement(By.id("left-out")).getText()).contains("2025-13");

        browser.get(hotspot);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("phase"))).selectByValue("clear");
        browser.findElement(By.id("starts")).sendKeys("2025-07-01");
        go(browser.findElement(By.xpath("//button[text()='Save the phase']")));
        browser.findElement(By.id("on")).sendKeys("2025-07-10");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByValue("warrant");
        browser.findElement(By.id("partner")).sendKeys("Thames Valley Police");
        go(browser.findElement(By.xpath("//button[text()='Log the intervention']")));
        assertThat(browser.findElement(By.id("intervention-table")).getText()).contains("warrant");
        assertThat(browser.findElements(By.cssSelector("#chart svg polyline"))).hasSize(2);
        assertThat(browser.findElement(By.id("changes"))
                        .findElement(By.xpath("following-sibling::dl"))
                        .getText())
                .contains("crimes a month (95% interval");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.querySelector('h1').scrollIntoView()");
        screenshot("partnership-hotspot");
    }
}
