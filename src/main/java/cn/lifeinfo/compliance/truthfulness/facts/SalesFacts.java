package cn.lifeinfo.compliance.truthfulness.facts;

/** The sales real-name record (catalog §2.8). */
public final class SalesFacts implements RoleFacts {

    private String role;
    private String channel;
    private boolean agentCodeMissing;
    private boolean nameMissing;
    private boolean outletNameMissing;

    public String getRole() { return role; }
    public SalesFacts role(String value) { this.role = value; return this; }
    public String getChannel() { return channel; }
    public SalesFacts channel(String value) { this.channel = value; return this; }
    public boolean isAgentCodeMissing() { return agentCodeMissing; }
    public SalesFacts agentCodeMissing(boolean value) { this.agentCodeMissing = value; return this; }
    public boolean isNameMissing() { return nameMissing; }
    public SalesFacts nameMissing(boolean value) { this.nameMissing = value; return this; }
    public boolean isOutletNameMissing() { return outletNameMissing; }
    public SalesFacts outletNameMissing(boolean value) { this.outletNameMissing = value; return this; }
}
