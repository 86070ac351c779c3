package com.jewelry.logging.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of the line contract and the type each product must map them to: expected-fields.tsv. */
record ExpectedFields(String path, String opensearchType, String elasticsearchType, Map<String, String> options) {

    static List<ExpectedFields> load() {
        List<ExpectedFields> fields = new ArrayList<>();
        for (String line : OpsPack.lines(OpsPack.file("src/test/resources/expected-fields.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            Map<String, String> options = new LinkedHashMap<>();
            if (columns.length > 3) {
                for (String option : columns[3].split(",")) {
                    String[] kv = option.split("=", 2);
                    options.put(kv[0].trim(), kv[1].trim());
                }
            }
            fields.add(new ExpectedFields(columns[0], columns[1], columns[2], options));
        }
        return fields;
    }

    String type(String product) {
        return product.equals("opensearch") ? opensearchType : elasticsearchType;
    }

    @Override
    public String toString() {
        return path;
    }
}
