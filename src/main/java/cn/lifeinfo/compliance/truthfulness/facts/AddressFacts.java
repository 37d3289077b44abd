package cn.lifeinfo.compliance.truthfulness.facts;

/** The policyholder's structured address as the address rules see it; all null when the address is missing, so TRU-ADDR-001 stops the others. */
public final class AddressFacts implements RoleFacts {

    private String role;
    private boolean missing;
    private String provinceStatus;
    private Boolean cityMissing;
    private Boolean districtMissing;
    private String detailStatus;
    private String detail;
    private Boolean hierarchyKnown;
    private boolean institutionOrAgentAddress;
    private Integer sharedAddressComponents;

    public String getRole() { return role; }
    public AddressFacts role(String value) { this.role = value; return this; }
    public boolean isMissing() { return missing; }
    public AddressFacts missing(boolean value) { this.missing = value; return this; }
    public String getProvinceStatus() { return provinceStatus; }
    public AddressFacts provinceStatus(String value) { this.provinceStatus = value; return this; }
    public Boolean getCityMissing() { return cityMissing; }
    public AddressFacts cityMissing(Boolean value) { this.cityMissing = value; return this; }
    public Boolean getDistrictMissing() { return districtMissing; }
    public AddressFacts districtMissing(Boolean value) { this.districtMissing = value; return this; }
    public String getDetailStatus() { return detailStatus; }
    public AddressFacts detailStatus(String value) { this.detailStatus = value; return this; }
    public String getDetail() { return detail; }
    public AddressFacts detail(String value) { this.detail = value; return this; }
    public Boolean getHierarchyKnown() { return hierarchyKnown; }
    public AddressFacts hierarchyKnown(Boolean value) { this.hierarchyKnown = value; return this; }
    public boolean isInstitutionOrAgentAddress() { return institutionOrAgentAddress; }
    public AddressFacts institutionOrAgentAddress(boolean value) { this.institutionOrAgentAddress = value; return this; }
    public Integer getSharedAddressComponents() { return sharedAddressComponents; }
    public AddressFacts sharedAddressComponents(Integer value) { this.sharedAddressComponents = value; return this; }
}
