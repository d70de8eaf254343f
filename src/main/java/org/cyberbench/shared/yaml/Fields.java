package org.cyberbench.shared.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cyberbench.shared.LocalizedText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The fields of one YAML mapping, read with their line numbers. Each accessor reports a missing,
 * mistyped or unknown field to {@link Problems} and returns null, so reading goes on and every
 * problem of a file is found in one pass. YAML is only composed into nodes, never into objects.
 */
public final class Fields {

    private final String file;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();

    private Fields(String file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                byKey.put(key.getValue(), tuple);
            }
        }
    }

    /** Parses a YAML document that must be a mapping; null (and a problem) when it is not. */
    public static Fields parse(String file, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(5_000_000);
        try {
            Node root = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                    new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options)
                    .compose(new java.io.StringReader(text));
            if (root instanceof MappingNode mapping) {
                return new Fields(file, mapping, problems);
            }
            problems.add(file, root == null ? 1 : line(root), "the file must contain a mapping of fields (key: value)");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(file, line, "malformed YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problems.add(file, 0, "malformed YAML: " + e.getMessage());
        }
        return null;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line(node);
    }

    public int line(String key) {
        NodeTuple tuple = byKey.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    public boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** Reports every key that is not one of the allowed ones. */
    public void allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!allowed.contains(key)) {
                problems.add(file, line(tuple.getKeyNode()), "unknown field '" + key + "' (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    public String string(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        problems.add(file, line(value), "field '" + key + "' must be a non-empty text");
        return null;
    }

    public String slug(String key) {
        String slug = string(key, true);
        if (slug != null && !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(file, line(key), "'" + slug + "' is not a valid " + key
                    + " (lower-case letters, digits and single hyphens)");
            return null;
        }
        return slug;
    }

    public Integer integer(String key, boolean required, int min, int max) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                problems.add(file, line(key), "field '" + key + "' must be between " + min + " and " + max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(file, line(key), "field '" + key + "' must be a whole number, not '" + text + "'");
            return null;
        }
    }

    public Boolean bool(String key) {
        String text = string(key, false);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problems.add(file, line(key), "field '" + key + "' must be true or false");
                yield null;
            }
        };
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
        String text = string(key, required);
        return text == null ? null : parseEnum(text, type, line(key), key);
    }

    public <E extends Enum<E>> List<E> enumList(String key, Class<E> type) {
        List<E> result = new ArrayList<>();
        for (String text : strings(key, true)) {
            E value = parseEnum(text, type, line(key), key);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    private <E extends Enum<E>> E parseEnum(String text, Class<E> type, int line, String key) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            problems.add(file, line, "'" + text + "' is not a valid " + key + " (one of: " + String.join(", ", allowed) + ")");
            return null;
        }
    }

    public List<String> strings(String key, boolean required) {
        return list(key, required, "a non-empty text", item ->
                item instanceof ScalarNode scalar && !scalar.getValue().isBlank() ? scalar.getValue().strip() : null);
    }

    public List<Fields> objects(String key, boolean required) {
        return list(key, required, "a mapping of fields", item ->
                item instanceof MappingNode mapping ? new Fields(file, mapping, problems) : null);
    }

    /** The entries of a list field, each read by {@code entry} (null when an entry is not what is expected). */
    private <T> List<T> list(String key, boolean required, String expected, java.util.function.Function<Node, T> entry) {
        Node value = value(key, required);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(file, line(value), "field '" + key + "' must be a list");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            T read = entry.apply(item);
            if (read == null) {
                problems.add(file, line(item), "each entry of '" + key + "' must be " + expected);
            } else {
                result.add(read);
            }
        }
        if (required && result.isEmpty()) {
            problems.add(file, line(key), "field '" + key + "' must list at least one entry");
        }
        return result;
    }

    /** A nested mapping field, or null (and a problem) when it is not a mapping. */
    public Fields object(String key) {
        Node value = value(key, true);
        if (value == null) {
            return null;
        }
        if (value instanceof MappingNode mapping) {
            return new Fields(file, mapping, problems);
        }
        problems.add(file, line(value), "field '" + key + "' must be a mapping of fields");
        return null;
    }

    /** A text per language; every required language must be there and not blank. */
    public LocalizedText localized(String key, boolean required, List<String> languages) {
        Node value = value(key, required);
        return value == null ? null : localized(value, key, languages);
    }

    public List<LocalizedText> localizedList(String key, boolean required, List<String> languages) {
        Node value = value(key, required);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(file, line(value), "field '" + key + "' must be a non-empty list of texts per language");
            return List.of();
        }
        List<LocalizedText> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            LocalizedText text = localized(item, key, languages);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    private LocalizedText localized(Node value, String key, List<String> languages) {
        if (!(value instanceof MappingNode mapping)) {
            problems.add(file, line(value), "field '" + key + "' must give a text per language, e.g. {en: ..., fr: ...}");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String language = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!language.matches("[a-z]{2}")) {
                problems.add(file, line(tuple.getKeyNode()), "'" + language + "' in '" + key + "' is not a two-letter language code");
            } else if (tuple.getValueNode() instanceof ScalarNode text && !text.getValue().isBlank()) {
                texts.put(language, text.getValue().strip());
            } else {
                problems.add(file, line(tuple.getValueNode()), "the '" + language + "' text of '" + key + "' is empty");
            }
        }
        Set<String> missing = new LinkedHashSet<>(languages);
        missing.removeAll(texts.keySet());
        for (String language : missing) {
            problems.add(file, line(value), "missing translation '" + language + "' of field '" + key + "'");
        }
        return missing.isEmpty() ? new LocalizedText(texts) : null;
    }

    private Node value(String key, boolean required) {
        NodeTuple tuple = byKey.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(file, line(), "missing required field '" + key + "'");
            }
            return null;
        }
        return tuple.getValueNode();
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
