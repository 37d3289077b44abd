package cn.lifeinfo.compliance.assessment;

import java.time.LocalDate;

/**
 * The assessment rules in force on a date, so that recomputing a past date uses the rules of that date. Backed by
 * the ruleset lifecycle (versions with activation times) once it lands; until then by the single active version.
 */
public interface AssessmentRulesProvider {

    AssessmentRules inForceAt(LocalDate date);
}
