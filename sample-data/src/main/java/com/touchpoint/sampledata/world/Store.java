package com.touchpoint.sampledata.world;

import java.util.List;

/**
 * A Maple &amp; Tea shop. People shop at the store of their city, or of the nearest city with one.
 *
 * @param code   short code used in order ids
 * @param name   name as printed in the POS export
 * @param cities cities whose residents shop here
 */
public record Store(String code, String name, List<String> cities) {

    private static final List<Store> ALL = List.of(
            new Store("SH01", "上海南京西路店", List.of("上海", "苏州")),
            new Store("SH02", "上海徐汇滨江店", List.of()),
            new Store("BJ01", "北京三里屯店", List.of("北京", "天津")),
            new Store("HZ01", "杭州湖滨店", List.of("杭州")),
            new Store("GZ01", "广州天河店", List.of("广州")),
            new Store("SZ01", "深圳万象城店", List.of("深圳")),
            new Store("CD01", "成都太古里店", List.of("成都", "重庆", "西安")),
            new Store("NJ01", "南京新街口店", List.of("南京", "武汉")));

    public static List<Store> all() {
        return ALL;
    }

    /** Index of the home store for a city; Shanghai's flagship for cities not listed. */
    public static int homeOf(String city) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).cities().contains(city)) {
                return i;
            }
        }
        return 0;
    }
}
