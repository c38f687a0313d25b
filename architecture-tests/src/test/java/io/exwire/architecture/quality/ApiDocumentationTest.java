package io.exwire.architecture.quality;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExportsTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.ModuleTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import org.junit.jupiter.api.Test;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gate: no undocumented public member in the api and the spi. Every type, constructor, method, field and enum
 * constant that a user of an exported package can see (public, protected, or implicitly public in an interface,
 * inside visible types) must carry a doc comment; an {@code @Override} inherits its documentation. Sources are parsed
 * with the JDK's compiler tree API (no compilation, so it takes a second). Writes
 * {@code target/quality/javadoc.properties}. The stricter lint (javadoc's doclint "all", which also wants a main
 * description before block tags) is the maven-javadoc-plugin execution in api/spi, see docs/QUALITY.md.
 */
class ApiDocumentationTest {

    private static final List<String> DOCUMENTED_MODULES = List.of("api", "spi");

    @Test
    void everyPublicMemberOfApiAndSpiIsDocumented() throws IOException {
        Map<String, String> figures = new LinkedHashMap<>();
        List<String> undocumented = new ArrayList<>();
        int checked = 0;
        for (String module : DOCUMENTED_MODULES) {
            Scan scan = scan(Reactor.mainSources(module));
            figures.put(module + ".publicMembers", String.valueOf(scan.checked));
            figures.put(module + ".undocumented", String.valueOf(scan.undocumented.size()));
            undocumented.addAll(scan.undocumented);
            checked += scan.checked;
        }
        figures.put("undocumented", String.valueOf(undocumented.size()));
        Reactor.publish("javadoc", figures);

        assertThat(checked).as("public members found in api and spi").isGreaterThan(100);
        assertThat(undocumented).as("undocumented public members of api/spi").isEmpty();
    }

    @Test
    void theScannerReportsWhatIsMissing() throws IOException {
        Path dir = Files.createTempDirectory("doc-scan");
        Path pkg = Files.createDirectories(dir.resolve("p"));
        Files.writeString(dir.resolve("module-info.java"), "module m { exports p; }");
        Files.writeString(pkg.resolve("A.java"), """
                package p;
                /** Documented. */
                public class A {
                    public int bare;
                    /** Documented. */
                    public void documented() { }
                    public void undocumented() { }
                    private void hidden() { }
                    @Override public String toString() { return ""; }
                    public interface Inner { void implicit(); }
                    void packagePrivate() { }
                }
                """);
        Scan scan = scan(dir);
        assertThat(scan.undocumented).hasSize(4)
                .anyMatch(s -> s.contains("bare")).anyMatch(s -> s.contains("undocumented()"))
                .anyMatch(s -> s.contains("Inner") && !s.contains("implicit"))
                .anyMatch(s -> s.contains("implicit()"));
    }

    private static Scan scan(Path sources) throws IOException {
        List<Path> files = new ArrayList<>(Reactor.javaFiles(sources));
        Path moduleInfo = sources.resolve("module-info.java");
        if (Files.isRegularFile(moduleInfo)) {
            files.add(moduleInfo);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fm, diagnostic -> { }, List.of("-proc:none"), null,
                    fm.getJavaFileObjectsFromPaths(files));
            List<CompilationUnitTree> units = new ArrayList<>();
            task.parse().forEach(units::add);
            Set<String> exported = new HashSet<>();
            for (CompilationUnitTree unit : units) {
                if (unit.getModule() != null) {
                    for (var directive : unit.getModule().getDirectives()) {
                        if (directive instanceof ExportsTree exports && exports.getModuleNames() == null) {
                            exported.add(exports.getPackageName().toString());
                        }
                    }
                }
            }
            Scan scan = new Scan(Trees.instance(task), sources);
            for (CompilationUnitTree unit : units) {
                boolean modular = units.stream().anyMatch(u -> u.getModule() != null);
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                if (unit.getModule() == null && (!modular || exported.contains(pkg))) {
                    scan.scan(new TreePath(unit), Boolean.TRUE);
                }
            }
            return scan;
        }
    }

    /** Walks declarations (never method bodies); the argument says whether the enclosing type is visible. */
    private static final class Scan extends TreePathScanner<Void, Boolean> {
        private final Trees trees;
        private final Path sources;
        private final List<String> undocumented = new ArrayList<>();
        private int checked;

        Scan(Trees trees, Path sources) {
            this.trees = trees;
            this.sources = sources;
        }

        @Override
        public Void visitModule(ModuleTree node, Boolean visible) {
            return null;
        }

        @Override
        public Void visitClass(ClassTree node, Boolean enclosingVisible) {
            boolean visible = enclosingVisible && visible(node.getModifiers());
            if (visible) {
                require(node.getSimpleName().toString());
            }
            for (Tree member : node.getMembers()) {
                scan(member, visible);
            }
            return null;
        }

        @Override
        public Void visitMethod(MethodTree node, Boolean enclosingVisible) {
            boolean override = node.getModifiers().getAnnotations().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().matches("(java\\.lang\\.)?Override"));
            if (enclosingVisible && visible(node.getModifiers()) && !override) {
                String name = node.getName().contentEquals("<init>") ? enclosingName() : node.getName().toString();
                int arity = node.getParameters().size();
                require(arity == 0 ? name + "()" : name + "(" + arity + " params)");
            }
            return null;
        }

        @Override
        public Void visitVariable(VariableTree node, Boolean enclosingVisible) {
            if (enclosingVisible && visible(node.getModifiers())) {
                require(node.getName().toString());
            }
            return null;
        }

        @Override
        public Void visitBlock(BlockTree node, Boolean enclosingVisible) {
            return null;
        }

        private void require(String what) {
            checked++;
            if (trees.getDocComment(getCurrentPath()) == null) {
                CompilationUnitTree unit = getCurrentPath().getCompilationUnit();
                long line = unit.getLineMap().getLineNumber(
                        trees.getSourcePositions().getStartPosition(unit, getCurrentPath().getLeaf()));
                undocumented.add(sources.relativize(Path.of(unit.getSourceFile().toUri())) + ":" + line + " "
                        + enclosingName() + " " + what);
            }
        }

        private String enclosingName() {
            for (var path = getCurrentPath(); path != null; path = path.getParentPath()) {
                if (path.getLeaf() instanceof ClassTree type && path.getLeaf() != getCurrentPath().getLeaf()) {
                    return type.getSimpleName().toString();
                }
            }
            return "";
        }

        private boolean visible(ModifiersTree modifiers) {
            Set<Modifier> flags = modifiers.getFlags();
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            boolean inInterface = parent instanceof ClassTree type
                    && (type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE);
            return flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED)
                    || inInterface && !flags.contains(Modifier.PRIVATE);
        }
    }
}
