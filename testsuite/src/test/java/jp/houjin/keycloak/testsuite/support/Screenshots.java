package jp.houjin.keycloak.testsuite.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Screenshots of the themed pages, saved under target/screenshots/ (the README's pictures are copied from there). */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path shot(WebDriver browser, String name) throws IOException {
        Path dir = Path.of(System.getProperty("test.output.dir", "target"), "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** A shot in a window of the given size (a long form whole), the window's size restored afterwards. */
    public static Path shot(WebDriver browser, String name, int width, int height) throws IOException {
        Path[] file = new Path[1];
        inWindow(browser, width, height, () -> file[0] = shot(browser, name));
        return file[0];
    }

    /** Steps that take shots. */
    @FunctionalInterface
    public interface Steps {
        void run() throws IOException;
    }

    /** Runs the steps in a window of the given size (the size the pictures are taken at), then restores the size. */
    public static void inWindow(WebDriver browser, int width, int height, Steps steps) throws IOException {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, height));
        try {
            steps.run();
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
