package dk.welfarealliance.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.welfarealliance.report.CoverageStatus;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The page in a real browser: headless Chromium renders the standard portfolio to
 * {@code target/browser/portfolio.png} (kept for a person to look at), the municipalities carry the colours of
 * their status at points well inside them, and the browser logs nothing from the page's console. Skipped, saying
 * what to install, when Chromium is missing, unless {@code WA_REQUIRE_BROWSER=true} (as in CI).
 */
class PortfolioPageBrowserTest {
    private static final Path WORK = Path.of("target", "browser");

    @Test
    void chromium_draws_each_municipality_in_the_colour_of_its_status_and_logs_no_console_error() throws Exception {
        Chromium chromium = browser();
        Path page = Portfolio.standard().page.write(WORK.resolve("portfolio.html"), Portfolio.TODAY, Locale.ENGLISH);

        Chromium.Shot shot = chromium.screenshot(page, WORK.resolve("portfolio.png"), 1200, 1400, WORK);

        BufferedImage image = ImageIO.read(shot.png().toFile());
        assertPixel(image, 10.05, 56.98, "Aalborg", CoverageStatus.IN_FORCE);
        assertPixel(image, 8.60, 55.50, "Esbjerg", CoverageStatus.ENDED);
        assertPixel(image, 14.90, 55.12, "Bornholm", CoverageStatus.IN_DIALOGUE);
        assertPixel(image, 10.40, 55.38, "Odense", CoverageStatus.POSSIBLY_IN_FORCE);
        assertPixel(image, 9.00, 56.40, "Herning, with no alliance", CoverageStatus.NONE);
        assertThat(shot.log().lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")))
                .as("console messages of the page").isEmpty();
    }

    private static Chromium browser() {
        Optional<Chromium> chromium = Chromium.find();
        if (chromium.isEmpty()) {
            if (Chromium.required()) {
                fail("WA_REQUIRE_BROWSER=true but no chromium was found: " + Chromium.HOW_TO_INSTALL);
            }
            Assumptions.abort(Chromium.HOW_TO_INSTALL);
        }
        return chromium.get();
    }

    private static void assertPixel(BufferedImage image, double longitude, double latitude, String what,
            CoverageStatus status) {
        double scale = MapSection.WIDTH_PX / MapProjection.WIDTH;
        int x = (int) Math.round(MapSection.OFFSET_PX + MapProjection.x(longitude) * scale);
        int y = (int) Math.round(MapSection.OFFSET_PX + MapProjection.y(latitude) * scale);
        int actual = image.getRGB(x, y) & 0xffffff;
        int expected = Integer.parseInt(Palette.of(status).substring(1), 16);
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((actual >> shift) & 0xff) - ((expected >> shift) & 0xff)) > 6) {
                fail(String.format("%s at (%d, %d): expected the colour of %s %s but the pixel is #%06x", what, x, y,
                        status, Palette.of(status), actual));
            }
        }
    }
}
