package cn.lifeinfo.compliance.ruleset;

/**
 * Sniffed from the bytes rather than trusted from the file name: Drools answers a non-spreadsheet with a
 * misleading "xls97" message, so a wrong upload is named here first.
 */
public enum SpreadsheetFormat {
    XLSX, XLS, CSV, UNKNOWN;

    public static SpreadsheetFormat of(String fileName, byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return XLSX;
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            return XLS;
        }
        if (fileName != null && fileName.toLowerCase().endsWith(".csv") && isText(bytes)) {
            return CSV;
        }
        return UNKNOWN;
    }

    private static boolean isText(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
