import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build step of the BOM module, run with {@code java PublishedArtifacts.java ROOT MODE GPG_SKIPPED}.
 *
 * <p>Reads the reactor's modules from {@code ROOT/pom.xml}; a module is published unless its POM sets
 * {@code maven.deploy.skip} to true. Fails (exit 1) if the BOM does not list exactly the published jar modules.
 * In mode {@code check-files} (the release profile) it also lists, for every published module, the files
 * Central needs: the POM and, for a jar module, the jar, the sources jar and the javadoc jar, with their
 * {@code .asc} signatures unless signing was skipped; a file that is missing fails the build. Plain text
 * parsing on purpose: the POMs here are written by hand in one layout, and this runs without dependencies.
 */
public final class PublishedArtifacts {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern MANAGED_ARTIFACT = Pattern.compile(
            "<dependency>\\s*<groupId>dk\\.welfarealliance</groupId>\\s*<artifactId>([^<]+)</artifactId>");

    private PublishedArtifacts() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        boolean checkFiles = args.length > 1 && args[1].equals("check-files");
        boolean signed = args.length > 2 && args[2].equals("false");
        List<String> problems = new ArrayList<>();

        String parentPom = read(root.resolve("pom.xml"));
        String version = tagAfter(parentPom, "version", "</artifactId>");
        Set<String> publishedJars = new TreeSet<>();
        List<String> lines = new ArrayList<>();

        lines.add(describe(root, root, "pom", version, checkFiles, signed, problems));
        for (String module : modules(parentPom)) {
            Path dir = root.resolve(module);
            String pom = read(dir.resolve("pom.xml"));
            if (pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                lines.add("  " + module + ": not published");
                continue;
            }
            String packaging = pom.contains("<packaging>pom</packaging>") ? "pom" : "jar";
            String artifactId = artifactId(pom);
            if (packaging.equals("jar")) {
                publishedJars.add(artifactId);
            }
            lines.add(describe(root, dir, packaging, version, checkFiles, signed, problems));
        }

        Set<String> listed = new TreeSet<>();
        Matcher managed = MANAGED_ARTIFACT.matcher(read(root.resolve("bom/pom.xml")));
        while (managed.find()) {
            listed.add(managed.group(1));
        }
        if (!listed.equals(publishedJars)) {
            problems.add("bom/pom.xml lists " + listed + " but the published jar modules are " + publishedJars);
        }

        System.out.println("Published artifacts (version " + version + ")" + (checkFiles ? ":" : ", files not checked:"));
        lines.forEach(System.out::println);
        System.out.println("  BOM lists: " + listed);
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("MISSING: " + p));
            System.exit(1);
        }
    }

    private static String describe(Path root, Path dir, String packaging, String version, boolean checkFiles,
            boolean signed, List<String> problems) throws IOException {
        String pom = read(dir.resolve("pom.xml"));
        String artifactId = artifactId(pom);
        String name = root.relativize(dir).toString();
        StringBuilder line = new StringBuilder("  ").append(name.isEmpty() ? "(parent)" : name).append(": ")
                .append(artifactId).append(" [").append(packaging).append("]");
        for (String tag : List.of("name", "description")) {
            if (!pom.contains("<" + tag + ">")) {
                problems.add(artifactId + ": pom.xml has no <" + tag + ">");
            }
        }
        if (!checkFiles) {
            return line.toString();
        }
        List<String> files = new ArrayList<>();
        // the POM deployed is the module's pom.xml itself; its signature is written to target/
        files.add("pom.xml");
        if (signed) {
            files.add("target/" + artifactId + "-" + version + ".pom.asc");
        }
        if (packaging.equals("jar")) {
            for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
                String file = "target/" + artifactId + "-" + version + suffix;
                files.add(file);
                if (signed) {
                    files.add(file + ".asc");
                }
            }
        }
        for (String file : files) {
            Path path = dir.resolve(file);
            if (Files.isRegularFile(path) && Files.size(path) > 0) {
                line.append("\n      ").append(file).append(" (").append(Files.size(path)).append(" bytes)");
            } else if (file.endsWith(".pom.asc") && name.equals("bom")) {
                // the BOM's own signature is written after this check, in the same phase
                continue;
            } else {
                problems.add(artifactId + ": " + file);
            }
        }
        return line.toString();
    }

    private static List<String> modules(String pom) {
        List<String> modules = new ArrayList<>();
        Matcher matcher = MODULE.matcher(pom.replaceAll("(?s)<!--.*?-->", ""));
        while (matcher.find()) {
            modules.add(matcher.group(1).trim());
        }
        return modules;
    }

    private static String artifactId(String pom) {
        String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
        return tagAfter(withoutParent, "artifactId", "<modelVersion>");
    }

    private static String tagAfter(String pom, String tag, String marker) {
        String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
        int from = withoutParent.indexOf(marker);
        Matcher matcher = Pattern.compile("<" + tag + ">([^<]+)</" + tag + ">").matcher(withoutParent);
        if (from < 0 || !matcher.find(from)) {
            throw new IllegalStateException("no <" + tag + "> after " + marker);
        }
        return matcher.group(1).trim();
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
