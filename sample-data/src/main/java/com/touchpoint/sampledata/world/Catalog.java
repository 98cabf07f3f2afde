package com.touchpoint.sampledata.world;

import com.touchpoint.sampledata.sim.Randoms;
import java.util.List;
import java.util.SplittableRandom;

/** Maple &amp; Tea's products: SKU codes shared by web, app and POS, with list prices. */
public final class Catalog {

    /** One product; {@code popularity} is its relative chance of being viewed or bought. */
    public record Product(String sku, String name, long priceCents, double popularity) {
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("SKU1001", "西湖龙井 100g", 168_00, 9),
            new Product("SKU1002", "西湖龙井 250g", 398_00, 5),
            new Product("SKU1003", "碧螺春 100g", 128_00, 6),
            new Product("SKU1004", "铁观音 200g", 158_00, 6),
            new Product("SKU1005", "大红袍 125g", 268_00, 4),
            new Product("SKU1006", "正山小种 150g", 138_00, 5),
            new Product("SKU1007", "普洱熟茶饼 357g", 298_00, 3),
            new Product("SKU1008", "白毫银针 100g", 358_00, 2),
            new Product("SKU1009", "枫糖红茶 20袋", 68_00, 10),
            new Product("SKU1010", "桂花乌龙 20袋", 78_00, 8),
            new Product("SKU1011", "茉莉花茶 200g", 98_00, 6),
            new Product("SKU1012", "枫叶伯爵茶 100g", 88_00, 7),
            new Product("SKU1013", "中秋茶礼盒", 588_00, 4),
            new Product("SKU1014", "国庆臻选礼盒", 888_00, 2),
            new Product("SKU1015", "青瓷盖碗", 128_00, 3),
            new Product("SKU1016", "紫砂壶", 680_00, 1.5),
            new Product("SKU1017", "玻璃公道杯", 58_00, 3),
            new Product("SKU1018", "旅行茶具套装", 238_00, 2),
            new Product("SKU1019", "枫木茶盘", 458_00, 1),
            new Product("SKU1020", "冷泡茶瓶", 79_00, 3),
            new Product("SKU1021", "抹茶粉 50g", 88_00, 4),
            new Product("SKU1022", "安吉白茶 100g", 198_00, 4),
            new Product("SKU1023", "黄山毛峰 100g", 118_00, 3),
            new Product("SKU1024", "凤凰单丛 125g", 228_00, 2),
            new Product("SKU1025", "老白茶饼 300g", 328_00, 2));

    private static final double[] POPULARITY = PRODUCTS.stream().mapToDouble(Product::popularity).toArray();

    private Catalog() {
    }

    /** A product drawn by popularity. */
    public static Product draw(SplittableRandom rng) {
        return PRODUCTS.get(Randoms.weighted(rng, POPULARITY));
    }
}
