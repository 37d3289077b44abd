package cn.lifeinfo.compliance.truthfulness;

import java.util.List;

/** The facts of one record and whether the Measures apply to it. */
public record ExtractedFacts(boolean inScope, List<Object> facts) {
}
