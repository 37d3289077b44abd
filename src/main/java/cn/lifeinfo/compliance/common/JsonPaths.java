package cn.lifeinfo.compliance.common;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON document a mapping error happened, as field paths in problems and line reports show it. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** {@code policyholder.idNumber}, {@code beneficiaries[1].share}; empty for the document itself. */
    public static String of(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
