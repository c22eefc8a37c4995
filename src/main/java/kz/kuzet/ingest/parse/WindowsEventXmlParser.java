package kz.kuzet.ingest.parse;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Windows event as exported to XML ({@code <Event xmlns=".../event"><System>…<EventData>…}). DTDs and external
 * entities are refused. Named {@code Data} become {@code EventData.<Name>}; unnamed ones the list
 * {@code EventData.Data}; attributes {@code <path>.<attribute>}.
 */
public final class WindowsEventXmlParser implements RecordParser {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    @Override
    public Format format() {
        return Format.WINDOWS_XML;
    }

    static boolean looksLike(String trimmed) {
        return trimmed.startsWith("<?xml") || trimmed.startsWith("<Event") || trimmed.startsWith("\uFEFF<");
    }

    @Override
    public ParsedRecord parse(String text, Instant receivedAt) {
        Map<String, Object> fields = read(text.strip().replace("\uFEFF", ""));
        return ParsedRecord.detection(Format.WINDOWS_XML, fields,
                WindowsEvents.normalise(fields, text, Format.WINDOWS_XML));
    }

    static Map<String, Object> read(String xml) {
        Map<String, Object> out = new LinkedHashMap<>();
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(xml));
            Deque<String> path = new ArrayDeque<>();
            Deque<StringBuilder> texts = new ArrayDeque<>();
            Deque<String> dataNames = new ArrayDeque<>();
            Deque<Boolean> hadChildren = new ArrayDeque<>();
            List<String> unnamedData = new ArrayList<>();
            boolean sawEvent = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (path.isEmpty()) {
                        if (!name.equals("Event")) {
                            throw new ParseFailure("XML root is <" + name + ">, expecting a Windows <Event>");
                        }
                        sawEvent = true;
                    }
                    if (!hadChildren.isEmpty()) {
                        hadChildren.pop();
                        hadChildren.push(true);
                    }
                    String parent = String.join(".", reversed(path));
                    path.push(name);
                    String here = String.join(".", reversed(path));
                    String dataName = null;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String attr = r.getAttributeLocalName(i);
                        if (name.equals("Data") && attr.equals("Name")) {
                            dataName = r.getAttributeValue(i);
                        } else if (path.size() > 1) {
                            put(out, strip(here) + "." + attr, r.getAttributeValue(i));
                        }
                    }
                    dataNames.push(name.equals("Data") && strip(parent).equals("EventData")
                            ? (dataName == null ? "" : dataName) : "\u0000");
                    texts.push(new StringBuilder());
                    hadChildren.push(false);
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    if (!texts.isEmpty()) {
                        texts.peek().append(r.getText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String here = strip(String.join(".", reversed(path)));
                    String text = value(texts.pop().toString());
                    String dataName = dataNames.pop();
                    boolean children = hadChildren.pop();
                    path.pop();
                    if (!dataName.equals("\u0000")) {
                        if (dataName.isEmpty()) {
                            unnamedData.add(text);
                        } else {
                            put(out, "EventData." + dataName, text);
                        }
                    } else if (!children && !text.isEmpty() && !here.isEmpty()) {
                        put(out, here, text);
                    }
                }
            }
            if (!sawEvent) {
                throw new ParseFailure("no <Event> element");
            }
            if (!unnamedData.isEmpty()) {
                out.put("EventData.Data", unnamedData);
            }
            return out;
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("\\s+", " ");
            throw new ParseFailure("invalid Windows event XML: " + msg);
        } catch (RuntimeException e) {
            if (e instanceof ParseFailure pf) {
                throw pf;
            }
            throw new ParseFailure("invalid Windows event XML: " + e.getClass().getSimpleName());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    /** Text with line breaks is pretty-printing around a value: trimmed; otherwise kept exactly. */
    private static String value(String text) {
        return text.indexOf('\n') >= 0 ? text.strip() : text;
    }

    private static String strip(String path) {
        return path.startsWith("Event.") ? path.substring(6) : path.equals("Event") ? "" : path;
    }

    private static List<String> reversed(Deque<String> path) {
        List<String> l = new ArrayList<>(path);
        java.util.Collections.reverse(l);
        return l;
    }

    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> out, String key, Object value) {
        Object old = out.get(key);
        if (old == null) {
            out.put(key, value);
        } else if (old instanceof List<?> list) {
            ((List<Object>) list).add(value);
        } else {
            List<Object> l = new ArrayList<>();
            l.add(old);
            l.add(value);
            out.put(key, l);
        }
    }
}
