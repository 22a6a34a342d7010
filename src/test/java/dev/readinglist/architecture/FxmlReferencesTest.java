package dev.readinglist.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A "$name" in a view names only what the view made before it: FXMLLoader reads the file in order, and a label's
 * labelFor that named a later field was left empty, so Alt with the label's letter went nowhere (the note's "_Note",
 * the Add form's five).
 */
class FxmlReferencesTest {

    private static final String FX = "http://javafx.com/fxml";

    @Test
    void everyReferenceNamesWhatCameBeforeIt() throws Exception {
        List<Path> views;
        try (Stream<Path> files = Files.walk(Path.of("resources"))) {
            views = files.filter(file -> file.toString().endsWith(".fxml")).toList();
        }
        assertFalse(views.isEmpty(), "the views are under resources/");
        List<String> late = new ArrayList<>();
        for (Path view : views) {
            late.addAll(lateReferences(view));
        }
        assertEquals(List.of(), late);
    }

    private static List<String> lateReferences(Path view) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(view.toFile()).getDocumentElement();
        List<String> late = new ArrayList<>();
        walk(root, new HashSet<>(), view, late);
        return late;
    }

    private static void walk(Element element, Set<String> made, Path view, List<String> late) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String value = attribute.getNodeValue();
            if (value.startsWith("$") && !value.startsWith("${") && !made.contains(value.substring(1))) {
                late.add(view.getFileName() + ": " + attribute.getNodeName() + "=\"" + value + "\"");
            }
        }
        String id = element.getAttributeNS(FX, "id");
        if (!id.isEmpty()) {
            made.add(id);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element each) {
                walk(each, made, view, late);
            }
        }
    }
}
