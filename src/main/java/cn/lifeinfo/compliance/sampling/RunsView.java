package cn.lifeinfo.compliance.sampling;

import java.util.List;

/** The runs one POST /api/v1/sampling/runs opened or found: one per branch. */
public record RunsView(List<RunView> runs) {
}
