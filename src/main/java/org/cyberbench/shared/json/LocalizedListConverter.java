package org.cyberbench.shared.json;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.List;
import org.cyberbench.shared.LocalizedText;
import tools.jackson.core.type.TypeReference;

/** Stores a list of {@link LocalizedText} (outcomes, objectives) as a JSON array. */
@Converter
public class LocalizedListConverter implements AttributeConverter<List<LocalizedText>, String> {

    @Override
    public String convertToDatabaseColumn(List<LocalizedText> list) {
        return list == null ? null : Json.write(list.stream().map(LocalizedText::values).toList());
    }

    @Override
    public List<LocalizedText> convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        return Json.read(json, new TypeReference<List<LinkedHashMap<String, String>>>() { })
                .stream().map(LocalizedText::new).toList();
    }
}
