package dk.welfarealliance.report.html;

import static dk.welfarealliance.report.html.Portfolio.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the page to a file: its folder made if need be, an existing file replaced, a failure named. */
class PortfolioPageWriteTest {
    private final PortfolioPage page = Portfolio.standard().page;

    @Test
    void the_page_is_written_in_utf_8_into_a_folder_made_for_it_replacing_what_was_there(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("reports").resolve("2024").resolve("portfolio.html");

        assertThat(page.write(file, TODAY, Locale.ENGLISH)).isEqualTo(file);
        Files.writeString(file, "an older page");
        page.write(file, TODAY, Locale.ENGLISH);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(page.render(TODAY, Locale.ENGLISH))
                .contains("København");
    }

    @Test
    void a_file_that_cannot_be_written_is_an_unchecked_io_error_naming_it(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path file = notAFolder.resolve("portfolio.html");

        assertThatThrownBy(() -> page.write(file, TODAY, Locale.ENGLISH)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }
}
