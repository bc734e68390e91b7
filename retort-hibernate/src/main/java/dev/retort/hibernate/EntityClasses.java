package dev.retort.hibernate;

import dev.retort.declared.DeclarationException;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the configuration's {@code entities} names, as Hibernate's inputs: annotated classes (from packages scanned
 * on the class loader, or named), packages (for package-level annotations), {@code orm.xml} mapping files and
 * {@code persistence.xml} properties.
 */
record EntityClasses(List<Class<?>> classes, List<String> packages, List<String> mappingFiles,
                     Map<String, String> properties) {

    static EntityClasses resolve(List<String> entries, ClassLoader loader, Path directory) {
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        List<String> packages = new ArrayList<>();
        List<String> mappingFiles = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        for (String entry : entries) {
            String e = entry.strip();
            if (e.endsWith(".xml") || e.contains(".xml#")) {
                persistenceXml(e, loader, directory, classes, mappingFiles, properties);
                continue;
            }
            Class<?> named = load(e, loader, false);
            if (named != null) {
                if (!isMapped(named)) {
                    throw new DeclarationException("entities: " + e + " is not annotated @Entity, @Embeddable or "
                            + "@MappedSuperclass");
                }
                classes.put(named.getName(), named);
                continue;
            }
            List<Class<?>> found = scan(e, loader);
            if (found.isEmpty()) {
                throw new DeclarationException("entities: no @Entity class in package " + e + " on the classpath "
                        + "(and no class of that name)");
            }
            found.forEach(c -> classes.put(c.getName(), c));
            packages.add(e);
        }
        return new EntityClasses(List.copyOf(classes.values()), packages, mappingFiles, properties);
    }

    static boolean isMapped(Class<?> type) {
        return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                || type.isAnnotationPresent(MappedSuperclass.class);
    }

    private static Class<?> load(String name, ClassLoader loader, boolean required) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            if (required) {
                throw new DeclarationException("entity class " + name + " not found on the classpath", e);
            }
            return null;
        } catch (LinkageError e) {
            throw new DeclarationException("entity class " + name + " cannot be loaded: " + e, e);
        }
    }

    /** The mapped classes of a package and its subpackages, by name. */
    private static List<Class<?>> scan(String pkg, ClassLoader loader) {
        String path = pkg.replace('.', '/') + "/";
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(pkg + "."
                                + dir.relativize(f).toString().replace('/', '.').replaceFirst("\\.class$", "")));
                    }
                } else if (root.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> it = jar.entries(); it.hasMoreElements(); ) {
                            String n = it.nextElement().getName();
                            if (n.startsWith(path) && n.endsWith(".class")) {
                                names.add(n.replace('/', '.').replaceFirst("\\.class$", ""));
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new DeclarationException("entities: cannot scan package " + pkg + ": " + e.getMessage(), e);
        }
        List<Class<?>> found = new ArrayList<>();
        for (String n : names) {
            if (n.endsWith("package-info") || n.endsWith("module-info")) {
                continue;
            }
            Class<?> c = load(n, loader, true);
            if (isMapped(c)) {
                found.add(c);
            }
        }
        return found;
    }

    /** {@code path[#unit]}: a file (relative to the project), else a class-loader resource. */
    private static void persistenceXml(String entry, ClassLoader loader, Path directory, Map<String, Class<?>> classes,
                                       List<String> mappingFiles, Map<String, String> properties) {
        int hash = entry.indexOf('#');
        String location = hash < 0 ? entry : entry.substring(0, hash);
        String unit = hash < 0 ? null : entry.substring(hash + 1);
        Document doc;
        try (InputStream in = open(location, loader, directory)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(in);
        } catch (DeclarationException e) {
            throw e;
        } catch (Exception e) {
            throw new DeclarationException(location + ": cannot read it as a persistence.xml: " + e.getMessage(), e);
        }
        NodeList units = doc.getElementsByTagNameNS("*", "persistence-unit");
        Element chosen = null;
        List<String> unitNames = new ArrayList<>();
        for (int i = 0; i < units.getLength(); i++) {
            Element u = (Element) units.item(i);
            unitNames.add(u.getAttribute("name"));
            if (unit == null ? i == 0 : unit.equals(u.getAttribute("name"))) {
                chosen = u;
            }
        }
        if (chosen == null || (unit == null && units.getLength() > 1)) {
            throw new DeclarationException(location + ": " + (units.getLength() == 0 ? "no persistence-unit"
                    : unit == null ? "several persistence units " + unitNames + ": name one, e.g. " + location + "#"
                    + unitNames.get(0) : "no persistence-unit named " + unit + " (it has " + unitNames + ")"));
        }
        for (Node n = chosen.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element el)) {
                continue;
            }
            String text = el.getTextContent().strip();
            switch (el.getLocalName()) {
                case "class" -> {
                    Class<?> c = load(text, loader, true);
                    classes.put(c.getName(), c);
                }
                case "mapping-file" -> mappingFiles.add(text);
                case "properties" -> {
                    NodeList props = el.getElementsByTagNameNS("*", "property");
                    for (int i = 0; i < props.getLength(); i++) {
                        Element p = (Element) props.item(i);
                        properties.put(p.getAttribute("name"), p.getAttribute("value"));
                    }
                }
                default -> {
                }
            }
        }
    }

    private static InputStream open(String location, ClassLoader loader, Path directory) throws IOException {
        Path file = directory.resolve(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream resource = loader.getResourceAsStream(location);
        if (resource == null) {
            throw new DeclarationException("entities: " + location + " is neither a file (in " + directory
                    + ") nor a resource on the classpath");
        }
        return resource;
    }
}
