package vn.loa.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (vnu), used as its own command-line client uses it: the HTML5 + RDFa Lite
 * schema, the assertion checkers, the HTML parser. Loading the schema takes seconds, so one
 * checker is set up once and then checks any number of files, one at a time.
 */
final class HtmlChecker {

    static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    /** One message: the file relative to the site, where, and what. */
    record Message(String file, int line, int column, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + text;
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    HtmlChecker() {
        // initializeLog4j = true (with URL logging off), so log4j does not complain about missing appenders;
        // language detection on, as in vnu's command line: a page whose text is not Vietnamese earns a warning.
        validator = new SimpleDocumentValidator(true, false, true);
        try {
            validator.setUpMainSchema(SCHEMA, new SchemaErrors());
            // noStream = true: buffer the document rather than failing on streamability violations;
            // loadExternalEnts = false: never go to the network.
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the Nu HTML Checker", e);
        }
    }

    /** Checks one HTML file, read as UTF-8; {@code name} is how messages name it. */
    synchronized Result check(Path file, String name) {
        collector.start(name);
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (SAXException e) {
            // A fatal error was already reported to the collector; anything else is recorded here.
            if (!(e instanceof SAXParseException)) {
                collector.errors.add(new Message(name, -1, -1, "checker stopped: " + e.getMessage()));
            }
        } catch (java.io.IOException e) {
            collector.errors.add(new Message(name, -1, -1, "could not read: " + e.getMessage()));
        }
        return new Result(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    record Result(List<Message> errors, List<Message> warnings) {
    }

    private static final class Collector implements ErrorHandler {
        private String file;
        private final List<Message> errors = new ArrayList<>();
        private final List<Message> warnings = new ArrayList<>();

        void start(String name) {
            file = name;
            errors.clear();
            warnings.clear();
        }

        private Message message(SAXParseException e) {
            return new Message(file, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(message(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(message(e));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            errors.add(message(e));
            throw e;
        }
    }

    /** Problems in the bundled schema itself: these are not the pages' fault, so they stop the test. */
    private static final class SchemaErrors implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
