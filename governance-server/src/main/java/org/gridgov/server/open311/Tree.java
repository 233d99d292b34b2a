package org.gridgov.server.open311;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gridgov.server.http.HttpFailure;
import org.gridgov.server.http.Request;
import org.gridgov.server.http.Response;

/**
 * One answer built once as a JSON tree and written as JSON or as GeoReport's XML, where a list is an element named
 * for its items ({@code <service_requests><request>}) and a nested list names its items by the singular
 * ({@code <attributes><attribute>}, {@code <values><value>}).
 */
final class Tree {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final Map<String, String> SINGULAR = Map.of("attributes", "attribute", "values", "value");

    private Tree() {
    }

    /** A new list. */
    static ArrayNode list() {
        return JSON.createArrayNode();
    }

    /** The format a request's path asks for: {@code json} or {@code xml}. */
    static String format(Request request) {
        String format = request.vars().getOrDefault("format", "json");
        if (!format.equals("json") && !format.equals("xml")) {
            throw new HttpFailure(400, "bad-format", "格式应为 json 或 xml", "the format is json or xml");
        }
        return format;
    }

    /** The list answered in the request's format; in XML under {@code root}, each item an {@code item}. */
    static Response answer(Request request, int status, ArrayNode items, String root, String item) {
        if ("xml".equals(request.vars().getOrDefault("format", "json"))) {
            return Response.xml(status, xml(items, root, item));
        }
        return Response.json(status, items.toString());
    }

    /** One object answered in the request's format; in XML as the element {@code root}. */
    static Response answerOne(Request request, int status, com.fasterxml.jackson.databind.node.ObjectNode object,
                              String root) {
        if ("xml".equals(request.vars().getOrDefault("format", "json"))) {
            StringWriter out = new StringWriter();
            try {
                XMLStreamWriter w = XML.createXMLStreamWriter(out);
                w.writeStartDocument("UTF-8", "1.0");
                element(w, root, object);
                w.writeEndDocument();
                w.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("writing XML to a string cannot fail", e);
            }
            return Response.xml(status, out.toString());
        }
        return Response.json(status, object.toString());
    }

    static String xml(ArrayNode items, String root, String item) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement(root);
            for (JsonNode node : items) {
                element(w, item, node);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, JsonNode node) throws XMLStreamException {
        if (node.isNull()) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                element(w, f.getKey(), f.getValue());
            }
        } else if (node.isArray()) {
            String each = SINGULAR.getOrDefault(name, "item");
            for (JsonNode child : node) {
                element(w, each, child);
            }
        } else {
            w.writeCharacters(node.asText());
        }
        w.writeEndElement();
    }
}
