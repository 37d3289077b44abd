package cn.lifeinfo.compliance.vocabulary.record;

public record Salesperson(String agentCode, String name, String mobile, Outlet outlet) {

    public record Outlet(String code, String name, String phone) {
    }
}
