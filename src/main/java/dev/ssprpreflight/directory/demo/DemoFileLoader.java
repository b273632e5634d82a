package dev.ssprpreflight.directory.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads the demo tenant file and fails fast, naming the file and the entry, when anything in it is
 * wrong: the demo must never show a verdict that a typo produced.
 * <p>
 * Each entry is mapped on its own (from the parsed tree) so that an error can name the user or
 * organisation it belongs to rather than a position in the document.
 */
final class DemoFileLoader {

    /** The bundled file, on the classpath. */
    static final String BUNDLED_FILE = "demo/tenant.yaml";

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("organisations", "users", "groups");

    static final ObjectMapper MAPPER = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DemoFileLoader() {
    }

    /** The bundled tenant with its bundled SSPR history ({@value DemoHistoryLoader#BUNDLED_FILE}). */
    static DemoTenant loadBundled() {
        DemoTenant tenant = loadResource(BUNDLED_FILE);
        return tenant.withHistory(DemoHistoryLoader.loadResource(DemoHistoryLoader.BUNDLED_FILE, tenant));
    }

    static DemoTenant loadResource(String resource) {
        return parse(resource, read(resource));
    }

    static String read(String resource) {
        try (InputStream in = DemoFileLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new DemoFileException(resource, "not found on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DemoFileException(resource, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * @param file the file's name, for error messages
     * @param yaml the file's content
     */
    static DemoTenant parse(String file, String yaml) {
        JsonNode root = readTree(file, yaml);
        List<DemoTenantFile.Organisation> organisations = entries(file, root, "organisations",
                DemoTenantFile.Organisation.class, "name");
        List<DemoTenantFile.User> users = entries(file, root, "users", DemoTenantFile.User.class, "upn");
        List<DemoTenantFile.Group> groups = root.has("groups")
                ? entries(file, root, "groups", DemoTenantFile.Group.class, "name")
                : List.of();
        DemoTenant tenant;
        try {
            tenant = new DemoTenant(organisations, users, groups);
        } catch (IllegalArgumentException e) {
            throw new DemoFileException(file, e.getMessage());
        }
        // Translating every entry once validates what only the translation looks at (GUIDs, method
        // names, plan states). The instant does not matter: only the validity of the entries does.
        Instant anyTime = Instant.EPOCH;
        forEachEntry(file, "organisation", organisations, DemoTenantFile.Organisation::name,
                organisation -> tenant.tenantFacts(organisation, anyTime));
        forEachEntry(file, "user", users, DemoTenantFile.User::upn, user -> {
            tenant.userFacts(user, anyTime);
            DemoUserTranslator.liveMethods(user);
        });
        return tenant;
    }

    private static JsonNode readTree(String file, String yaml) {
        return readTree(file, yaml, TOP_LEVEL_KEYS);
    }

    static JsonNode readTree(String file, String yaml, Set<String> topLevelKeys) {
        JsonNode root;
        try {
            root = MAPPER.readTree(yaml);
        } catch (JacksonException e) {
            throw new DemoFileException(file, "is not valid YAML: " + e.getOriginalMessage() + where(e));
        }
        if (root == null || !root.isObject()) {
            throw new DemoFileException(file, "must be a mapping with the keys " + topLevelKeys);
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!topLevelKeys.contains(key)) {
                throw new DemoFileException(file, "unknown top-level key '" + key + "'; expected " + topLevelKeys);
            }
        }
        return root;
    }

    static <T> List<T> entries(String file, JsonNode root, String key, Class<T> type, String nameField) {
        JsonNode list = root.path(key);
        if (!list.isArray() || list.isEmpty()) {
            throw new DemoFileException(file, "'" + key + "' must be a non-empty list");
        }
        String kind = key.substring(0, key.length() - 1);
        List<T> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            try {
                entries.add(MAPPER.treeToValue(node, type));
            } catch (JsonMappingException e) {
                throw new DemoFileException(file, entryName(kind, i, node.path(nameField).asText(null)), describe(e));
            } catch (JacksonException e) {
                throw new DemoFileException(file, entryName(kind, i, node.path(nameField).asText(null)),
                        e.getOriginalMessage());
            }
        }
        return entries;
    }

    private static <T> void forEachEntry(String file, String kind, List<T> entries,
            Function<T, String> name, Consumer<T> validation) {
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            try {
                validation.accept(entry);
            } catch (IllegalArgumentException e) {
                throw new DemoFileException(file, entryName(kind, i, name.apply(entry)), e.getMessage());
            }
        }
    }

    /** Numbered from 1, as a reader counts entries in the file. */
    static String entryName(String kind, int index, String name) {
        return kind + " #" + (index + 1) + (name == null ? "" : " '" + name + "'");
    }

    private static String describe(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String at = field.isEmpty() ? "" : "field '" + field + "': ";
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; known fields are "
                    + unknown.getKnownPropertyIds();
        }
        // Our own checks (missing fields, the expect syntax) throw IllegalArgumentException; its
        // message is the readable part of whatever Jackson wrapped it in.
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return at + cause.getMessage();
        }
        return at + e.getOriginalMessage();
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}
