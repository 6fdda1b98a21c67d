package org.silta.app.partnerships;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of IATI's code lists that education partnerships use, with their official English names:
 * OECD DAC 5-digit education sectors, SDG 4 targets and ISCED 2011 levels. They are reference data, like
 * country names, and are shown as the code lists publish them.
 */
public final class IatiCodes {

    public static final Map<String, String> DAC_SECTORS = ordered(
            "11110", "Education policy and administrative management",
            "11120", "Education facilities and training",
            "11130", "Teacher training",
            "11182", "Educational research",
            "11220", "Primary education",
            "11230", "Basic life skills for adults",
            "11231", "Basic life skills for youth",
            "11240", "Early childhood education",
            "11260", "Lower secondary education",
            "11320", "Upper secondary education",
            "11330", "Vocational training",
            "11420", "Higher education",
            "11430", "Advanced technical and managerial training",
            "43082", "Research/scientific institutions");

    public static final Map<String, String> SDG4_TARGETS = ordered(
            "4.1", "Free primary and secondary education",
            "4.2", "Equal access to quality pre-primary education",
            "4.3", "Equal access to technical, vocational and higher education",
            "4.4", "Relevant skills for decent work",
            "4.5", "Gender equality and inclusion",
            "4.6", "Universal youth literacy",
            "4.7", "Education for sustainable development and global citizenship",
            "4.a", "Build and upgrade inclusive and safe schools",
            "4.b", "Expand higher education scholarships for developing countries",
            "4.c", "Increase the supply of qualified teachers");

    public static final Map<String, String> ISCED_LEVELS = ordered(
            "0", "ISCED 0: early childhood education",
            "1", "ISCED 1: primary education",
            "2", "ISCED 2: lower secondary education",
            "3", "ISCED 3: upper secondary education",
            "4", "ISCED 4: post-secondary non-tertiary education",
            "5", "ISCED 5: short-cycle tertiary education",
            "6", "ISCED 6: bachelor's or equivalent",
            "7", "ISCED 7: master's or equivalent",
            "8", "ISCED 8: doctoral or equivalent");

    private IatiCodes() {
    }

    private static Map<String, String> ordered(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
