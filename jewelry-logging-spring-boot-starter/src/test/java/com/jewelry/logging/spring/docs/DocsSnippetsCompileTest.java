package com.jewelry.logging.spring.docs;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every ```java block of docs/spring-boot.md compiles as shown against the starter's test class path. The page's
 * convention: each block is a complete file (package, imports, one public type), so a reader can copy it whole.
 */
class DocsSnippetsCompileTest {

    private static final Path DOC = Path.of("..", "docs", "spring-boot.md");
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern PUBLIC_TYPE = Pattern.compile("^public (?:final )?(?:class|record|interface|enum) (\\w+)",
            Pattern.MULTILINE);

    @Test
    void everyJavaSnippetOfTheSpringBootPageIsACompleteFileThatCompiles(@org.junit.jupiter.api.io.TempDir Path out)
            throws Exception {
        List<JavaFileObject> sources = new ArrayList<>();
        Matcher block = BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (block.find()) {
            String code = block.group(1);
            Matcher pkg = PACKAGE.matcher(code);
            Matcher type = PUBLIC_TYPE.matcher(code);
            assertThat(pkg.find() && type.find()).as("a snippet without its package and public type:\n" + code).isTrue();
            assertThat(code).as("a snippet that does not show its imports:\n" + code).contains("\nimport ");
            String path = pkg.group(1).replace('.', '/') + "/" + type.group(1) + ".java";
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            });
        }
        assertThat(sources).as("java snippets in " + DOC).hasSizeGreaterThanOrEqualTo(4);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            files.setLocation(StandardLocation.CLASS_PATH, classPath());
            boolean compiled = compiler.getTask(null, files, diagnostics, List.of("-proc:none", "-parameters"), null, sources).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null)).toList();
            assertThat(errors).as("compiler errors").isEmpty();
            assertThat(compiled).isTrue();
        }
    }

    /** Surefire runs tests from a manifest-only jar; it publishes the real class path in this property. */
    private static List<File> classPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<File> entries = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(new File(entry));
            }
        }
        return entries;
    }
}
