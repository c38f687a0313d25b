package io.exwire.architecture.quality;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Line-coverage gate over JaCoCo's aggregated XML report: overall coverage, each critical package, and each critical
 * class (adapters' decoding and signing classes, nested classes folded into their top-level class). A critical
 * package with no classes fails: the critical path must exist and be tested.
 *
 * @param overallMinimum minimum line coverage of everything in the report, 0..1
 * @param criticalMinimum minimum line coverage of each critical package and class, 0..1
 * @param criticalPackages packages in dotted form
 * @param criticalClasses pattern matched against top-level class names in dotted form
 */
record CoverageGate(double overallMinimum, double criticalMinimum, List<String> criticalPackages,
                    Pattern criticalClasses) {

    /** Line counts of one element of the report. */
    record Lines(String element, long covered, long missed) {
        double ratio() {
            return covered + missed == 0 ? 0 : (double) covered / (covered + missed);
        }

        Lines plus(Lines other) {
            return new Lines(element, covered + other.covered, missed + other.missed);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-72s %6.2f%% (%d/%d lines)", element, 100 * ratio(), covered,
                    covered + missed);
        }
    }

    /** The outcome: every measured line and the ones under their minimum. */
    record Result(List<String> measured, List<String> failures) {
        boolean passed() {
            return failures.isEmpty();
        }
    }

    /**
     * @param jacocoXml the report ({@code jacoco.xml})
     * @return what was measured and what failed
     * @throws Exception if the report cannot be read
     */
    Result evaluate(Path jacocoXml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document report = factory.newDocumentBuilder().parse(jacocoXml.toFile());
        Element root = report.getDocumentElement();

        List<String> measured = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        check(lines("overall", root), overallMinimum, measured, failures);

        Map<String, Element> packages = new LinkedHashMap<>();
        for (Element pkg : children(root, "group", "package")) {
            packages.put(pkg.getAttribute("name").replace('/', '.'), pkg);
        }
        for (String critical : criticalPackages) {
            Element pkg = packages.get(critical);
            if (pkg == null) {
                failures.add("critical package " + critical + " has no classes in the report (not written or not "
                        + "built in this run)");
            } else {
                check(lines("package " + critical, pkg), criticalMinimum, measured, failures);
            }
        }
        Map<String, Lines> classes = new LinkedHashMap<>();
        for (Element pkg : packages.values()) {
            for (Element cls : children(pkg, "class")) {
                String name = cls.getAttribute("name").replace('/', '.');
                String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
                if (criticalClasses.matcher(topLevel).matches()) {
                    classes.merge(topLevel, lines("class " + topLevel, cls), Lines::plus);
                }
            }
        }
        classes.values().forEach(c -> check(c, criticalMinimum, measured, failures));
        return new Result(measured, failures);
    }

    private static void check(Lines lines, double minimum, List<String> measured, List<String> failures) {
        measured.add(lines.toString());
        if (lines.ratio() < minimum) {
            failures.add(lines + " < " + String.format(Locale.ROOT, "%.0f%%", 100 * minimum));
        }
    }

    /** The LINE counter directly under an element (JaCoCo puts the element's totals last). */
    private static Lines lines(String label, Element element) {
        for (Element counter : children(element, "counter")) {
            if (counter.getAttribute("type").equals("LINE")) {
                return new Lines(label, Long.parseLong(counter.getAttribute("covered")),
                        Long.parseLong(counter.getAttribute("missed")));
            }
        }
        return new Lines(label, 0, 0);
    }

    /** Direct children with one of the names, descending into {@code group} elements (multi-module reports). */
    private static List<Element> children(Element parent, String... names) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getTagName().equals("group") && !List.of(names).contains("counter")) {
                    found.addAll(children(e, names));
                } else if (List.of(names).contains(e.getTagName())) {
                    found.add(e);
                }
            }
        }
        return found;
    }
}
