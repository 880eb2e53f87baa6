package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A rendered chart parsed with the JDK's DOM parser: parsing fails unless the SVG is well-formed XML. */
final class ChartSvg {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    final String markup;
    final Document document;

    private ChartSvg(String markup, Document document) {
        this.markup = markup;
        this.document = document;
    }

    static ChartSvg parse(String markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
            return new ChartSvg(markup, document);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + markup, e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> all(String tag) {
        NodeList nodes = document.getElementsByTagNameNS(SVG_NS, tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Elements whose class attribute contains the given class. */
    List<Element> withClass(String cssClass) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS(SVG_NS, "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** Direct children of an element with the given tag. */
    static List<Element> children(Element parent, String tag) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(tag)) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** Descendants of an element with the given tag. */
    static List<Element> descendants(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS(SVG_NS, tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** All text content of the chart except titles and desc (the visible words). */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Element text : all("text")) {
            StringBuilder visible = new StringBuilder();
            for (Node node = text.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node.getNodeType() == Node.TEXT_NODE) {
                    visible.append(node.getNodeValue());
                } else if (node instanceof Element element && element.getLocalName().equals("tspan")) {
                    visible.append(visible.isEmpty() ? "" : " ").append(element.getTextContent());
                }
            }
            texts.add(visible.toString());
        }
        return texts;
    }

    /** The accessible-image contract every chart keeps. */
    void assertAccessibleImage() {
        Element svg = root();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.hasAttribute("height")).isFalse();
        assertThat(svg.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
        assertThat(svg.getAttribute("font-family")).startsWith("system-ui");
        String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
        assertThat(labelledBy).hasSize(2);
        Element title = byId(labelledBy[0]);
        Element desc = byId(labelledBy[1]);
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(desc.getLocalName()).isEqualTo("desc");
        assertThat(title.getParentNode()).isSameAs(svg);
        assertThat(desc.getParentNode()).isSameAs(svg);
        assertThat(desc.getTextContent()).isNotBlank();
        assertThat(all("script")).isEmpty();
        assertThat(markup).doesNotContain("<script").doesNotContain("javascript:");
        NodeList nodes = document.getElementsByTagNameNS(SVG_NS, "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            var attributes = nodes.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                assertThat(attributes.item(a).getNodeName()).as("event handler attribute").doesNotStartWith("on");
            }
        }
    }

    Element byId(String id) {
        NodeList nodes = document.getElementsByTagNameNS(SVG_NS, "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    String desc() {
        return all("desc").get(0).getTextContent();
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
