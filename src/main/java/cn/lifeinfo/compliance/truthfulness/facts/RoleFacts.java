package cn.lifeinfo.compliance.truthfulness.facts;

/** A fact that findings are reported against: its role is the finding's {@code role}. */
public interface RoleFacts {
    String getRole();
}
