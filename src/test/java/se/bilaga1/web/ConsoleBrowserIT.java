package se.bilaga1.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import se.bilaga1.Bilaga1Application;

/**
 * The console end to end in a real browser: Debian's chromium, headless, driven by Debian's chromedriver through
 * Selenium, against the app started in-process as {@code serve} on a random port, with a warehouse of its own,
 * the project's sample inputs and two users. An analyst starts the 2024 rebuild and follows it to its findings and
 * workbook; a viewer is refused the rebuild form; a wrong password is refused; a POST without the CSRF token is
 * refused. Screenshots of the pages go to {@code target/screenshots/} for review.
 *
 * <p>When {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing ({@code apt-get install chromium
 * chromium-driver}; {@code .ci/run} installs them) the tests are skipped with a {@code SKIPPED browser tests} line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // the test drives the browser over WebDriver, never over the DevTools protocol: no CDP bindings for Chromium 156
    // are needed, and Selenium's warning that it has none would only be noise
    "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=ERROR"})
@ActiveProfiles(Bilaga1Application.SERVE)
@DirtiesContext // the web server, the warehouse and the rebuild thread stop with the class
class ConsoleBrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("bilaga1.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("bilaga1.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path BROWSER_LOGS = Path.of("target", "browser-tests");

    static final String ANALYST = "anna.analytiker";
    static final String ANALYST_PASSWORD = "analytikerns-losenord-1";
    static final String VIEWER = "ville.visare";
    static final String VIEWER_PASSWORD = "visarens-losenord-2";

    static final String RULE_WITH_FINDING = "stodprogram.delar_mot_totalt";
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

    static Path output;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path downloads;

    @TempDir
    Path profile;

    WebDriver browser;

    @BeforeAll
    static void chromiumIsHere() {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            System.err.println("SKIPPED browser tests: " + String.join(" and ", missing) + " not found (apt-get install"
                    + " chromium chromium-driver; .ci/run installs them)");
        }
        Assumptions.assumeTrue(missing.isEmpty(), "Chromium or chromedriver missing: " + missing);
    }

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) throws IOException {
        output = Files.createTempDirectory("bilaga1-console-e2e-");
        registry.add("bilaga1.data", () -> Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath()
                .toString());
        registry.add("bilaga1.input", () -> Path.of("input").toAbsolutePath().toString());
        registry.add("bilaga1.output", () -> output.toString());
        // the schedule stays off: a nightly run at 02:00 would take the run lock from the test's rebuild
        registry.add("bilaga1.nightly.schedule", () -> "false");
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12); // the least cost the console accepts
        String analystHash = bcrypt.encode(ANALYST_PASSWORD);
        String viewerHash = bcrypt.encode(VIEWER_PASSWORD);
        registry.add("bilaga1.web.users[0].name", () -> ANALYST);
        registry.add("bilaga1.web.users[0].password", () -> analystHash);
        registry.add("bilaga1.web.users[0].role", () -> "ANALYST");
        registry.add("bilaga1.web.users[1].name", () -> VIEWER);
        registry.add("bilaga1.web.users[1].password", () -> viewerHash);
        registry.add("bilaga1.web.users[1].role", () -> "VIEWER");
    }

    @AfterAll
    static void removeOutput() {
        if (output != null) {
            FileSystemUtils.deleteRecursively(output.toFile());
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        Files.createDirectories(BROWSER_LOGS);
        // both binaries named: Selenium Manager is never asked to find (or download) a driver or a browser
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(BROWSER_LOGS.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,1000",
                "--lang=sv-SE");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        options.setExperimentalOption("prefs", prefs);
        // the browser's console, read for Content-Security-Policy violations
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void analystRebuilds2024FollowsTheRunToItsFindingsAndDownloadsTheWorkbook() throws Exception {
        logIn(ANALYST, ANALYST_PASSWORD);
        assertThat(path()).isEqualTo("/korningar");

        clickAndWait(By.linkText("Starta ombyggnad"));
        assertThat(path()).isEqualTo("/ombyggnad");
        WebElement year = browser.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2024");
        clickAndWait(By.cssSelector("form.stacked button[type=submit]"));

        // the form waits until the rebuild has become a run, then shows that run's page
        assertThat(path()).matches("/korningar/\\d+");
        long runId = Long.parseLong(path().substring("/korningar/".length()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Körning " + runId + ": Årlig ombyggnad 2024");

        // while the run is under way the page says so and reloads itself every 2 s: nothing here reloads it
        if ("Pågår".equals(textWhileReloading(browser, By.id("utfall")))) {
            assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
                    .startsWith("Körningen pågår");
            assertThat(browser.findElements(By.cssSelector("meta[http-equiv=refresh]"))).hasSize(1);
        }
        String outcome = new WebDriverWait(browser, RUN_TIMEOUT, Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class)
                .withMessage("the run's page to show an outcome other than Pågår (it reloads itself while the run is under way)")
                .until(b -> {
                    String text = textWhileReloading(b, By.id("utfall"));
                    return text == null || text.equals("Pågår") ? null : text;
                });
        assertThat(outcome).isEqualTo("Klar");
        assertThat(browser.getPageSource()).doesNotContain("Körningen pågår");

        List<String> findings = browser.findElements(By.cssSelector("tr.finding")).stream().map(WebElement::getText)
                .toList();
        assertThat(findings).as("the run's findings").anySatisfy(row -> assertThat(row).contains(RULE_WITH_FINDING)
                .contains("FEL"));
        WebElement finding = browser.findElements(By.cssSelector("tr.finding")).stream()
                .filter(r -> r.getText().contains(RULE_WITH_FINDING)).findFirst().orElseThrow();
        assertThat(finding.findElement(By.cssSelector("td")).getAttribute("class")).isEqualTo("status-FEL");
        screenshot("korning");

        clickAndWait(By.linkText("Ögonblicksbilder"));
        assertThat(path()).isEqualTo("/ogonblicksbilder");
        screenshot("ogonblicksbilder");
        assertThat(browser.findElement(By.linkText("bilaga1-2024-kvalitet.md")).getAttribute("href"))
                .endsWith("/ogonblicksbilder/2024/1/bilaga1-2024-kvalitet.md");
        assertThat(output.resolve("arkiv/2024/ogonblicksbild-1/bilaga1-2024-kvalitet.md"))
                .hasSameBinaryContentAs(output.resolve("bilaga1-2024-kvalitet.md"));
        WebElement workbookLink = browser.findElement(By.linkText("bilaga1-2024.xlsx"));
        assertThat(workbookLink.getAttribute("href")).endsWith("/ogonblicksbilder/2024/1/bilaga1-2024.xlsx");
        workbookLink.click();

        Path onDisk = output.resolve("bilaga1-2024.xlsx");
        Path archived = output.resolve("arkiv/2024/ogonblicksbild-1/bilaga1-2024.xlsx");
        Path downloaded = downloads.resolve("bilaga1-2024.xlsx");
        long size = Files.size(onDisk);
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(200))
                .withMessage(() -> "the download of bilaga1-2024.xlsx into " + downloads + " (holds " + list(downloads) + ")")
                .until(b -> Files.isRegularFile(downloaded) && sizeOf(downloaded) == size && list(downloads).size() == 1);
        byte[] bytes = Files.readAllBytes(downloaded);
        assertThat(bytes).as("the downloaded workbook").hasSize((int) size).isEqualTo(Files.readAllBytes(onDisk))
                .isEqualTo(Files.readAllBytes(archived));

        clickAndWait(By.linkText("Körningar"));
        assertThat(path()).isEqualTo("/korningar");
        WebElement newest = browser.findElement(By.cssSelector("tbody tr"));
        assertThat(newest.getText()).startsWith(runId + " Årlig ombyggnad 2024").contains("Klar").contains("FEL");
        screenshot("korningar");
    }

    @Test
    void viewerSeesTheRunsButIsRefusedTheRebuildForm() throws Exception {
        logIn(VIEWER, VIEWER_PASSWORD);

        assertThat(path()).isEqualTo("/korningar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Körningar");
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains(VIEWER);
        assertThat(browser.findElements(By.linkText("Starta ombyggnad"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Ögonblicksbilder"))).hasSize(1);

        browser.get(url("/ombyggnad"));
        assertThat(browser.getPageSource()).contains("403").doesNotContain("Starta årlig ombyggnad");
        assertThat(browser.findElements(By.id("year"))).isEmpty();
        screenshot("ombyggnad-som-visare");
        // the status itself, with the browser's session
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> form = http(null).send(HttpRequest.newBuilder(URI.create(url("/ombyggnad")))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsRefused() throws IOException {
        logIn(ANALYST, "fel-losenord-helt-enkelt");

        assertThat(path()).isEqualTo("/logga-in");
        assertThat(browser.findElement(By.cssSelector("p.error[role=alert]")).getText())
                .isEqualTo("Fel användarnamn eller lösenord.");
        screenshot("logga-in-fel-losenord");
        assertThat(browser.findElements(By.linkText("Körningar"))).isEmpty();
        browser.get(url("/korningar"));
        assertThat(path()).as("still not logged in").isEqualTo("/logga-in");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpClient client = http(new CookieManager());
        HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(URI.create(url("/logga-in"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.statusCode()).isEqualTo(200);
        HttpResponse<String> loggedIn = client.send(post("/logga-in", Map.of("username", ANALYST, "password",
                ANALYST_PASSWORD, "_csrf", csrf(loginPage.body()))), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/korningar"));
        // logged in as the analyst: the rebuild form is theirs
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(url("/ombyggnad"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Starta årlig ombyggnad");

        int runsBefore = runs();
        HttpResponse<String> refused = client.send(post("/ombyggnad", Map.of("year", "2024")),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        Thread.sleep(500); // a rebuild, had one started, registers its run within moments
        assertThat(runs()).as("runs after the refused POST").isEqualTo(runsBefore);
    }

    /**
     * Over the real server in Chromium: the session cookie is HttpOnly and SameSite=Strict, no page breaks the
     * Content-Security-Policy (Chromium's console says nothing of it), and five wrong passwords lock a name out, the
     * right one refused meanwhile, with a message that does not say which was wrong.
     */
    @Test
    void theCookieIsHttpOnlyAndStrictNoPageBreaksThePolicyAndGuessingLocksOut() throws Exception {
        logIn(ANALYST, ANALYST_PASSWORD);
        assertThat(path()).isEqualTo("/korningar");
        org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        for (String page : List.of("/korningar", "/ogonblicksbilder", "/ombyggnad", "/revision")) {
            browser.get(url(page));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        }
        List<String> console = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
        assertThat(console).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"));
        browser.manage().deleteAllCookies();

        for (int i = 1; i <= 5; i++) {
            logIn(VIEWER, "fel-losenord-" + i);
        }
        assertThat(browser.getPageSource()).contains("För många misslyckade inloggningar").doesNotContain("Lösenordet är fel");
        logIn(VIEWER, VIEWER_PASSWORD);
        assertThat(path()).as("locked: the right password is not tried").isEqualTo("/logga-in");
        screenshot("utelast");
        // the other tests log in from the same address: the lockout ends here, as a good login would end it
        for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
            throttle.succeeded(VIEWER, address);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle throttle;

    private void logIn(String user, String password) {
        browser.get(url("/logga-in"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWait(By.cssSelector("form button[type=submit]"));
    }

    /**
     * Clicks what leads to another page and waits until that page has replaced this one: the click returns before
     * the answer arrives (a form's POST and its redirect), and reading the page earlier reads the old one.
     */
    private void clickAndWait(By what) {
        WebElement element = browser.findElement(what);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100))
                .withMessage("the page to be replaced after clicking " + what)
                .until(b -> gone(element));
    }

    /**
     * Whether the element has left the page. Chrome says so in two ways: a stale reference, or, while the next page
     * is replacing this one, "Node with given id does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private int runs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);
    }

    /** The whole page, not only the window: the window is made as tall as the page (and its own frame) for the shot. */
    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Dimension window = browser.manage().window().getSize();
        long frame = ((Number) js.executeScript("return window.outerHeight - window.innerHeight")).longValue();
        long page = ((Number) js.executeScript("return Math.max(document.documentElement.scrollHeight,"
                + " document.body.scrollHeight)")).longValue();
        // + room for a horizontal scroll bar, when a table is wider than the window
        int height = (int) Math.min(Math.max(page + frame + 20, window.getHeight()), 10_000);
        browser.manage().window().setSize(new Dimension(window.getWidth(), height));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    private HttpClient http(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        return (cookies == null ? builder : builder.cookieHandler(cookies)).build();
    }

    private HttpRequest post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a _csrf field on the login page").isTrue();
        return m.group(1);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    /**
     * The element's text, or null when the page reloaded between finding the element and reading it (the run's page
     * reloads itself every 2 s): Chromium reports that as a stale element or, since 156.0.8078.108, as an inspector
     * error "Node with given id does not belong to the document".
     */
    private static String textWhileReloading(WebDriver page, By by) {
        try {
            return page.findElement(by).getText();
        } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return null;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return null;
            }
            throw e;
        }
    }
}
