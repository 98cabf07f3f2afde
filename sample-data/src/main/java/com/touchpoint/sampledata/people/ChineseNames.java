package com.touchpoint.sampledata.people;

import java.util.List;
import java.util.SplittableRandom;

/** Common Chinese surnames and given names with their pinyin, for CRM names and e-mail addresses. */
final class ChineseNames {

    /** A name part and its pinyin. */
    record Part(String hanzi, String pinyin) {
    }

    private static final List<Part> SURNAMES = parts("王 wang 李 li 张 zhang 刘 liu 陈 chen 杨 yang 黄 huang 赵 zhao "
            + "吴 wu 周 zhou 徐 xu 孙 sun 马 ma 朱 zhu 胡 hu 郭 guo 何 he 林 lin 罗 luo 高 gao 郑 zheng 梁 liang");
    private static final List<Part> MALE = parts("伟 wei 强 qiang 磊 lei 军 jun 洋 yang 勇 yong 杰 jie 涛 tao 明 ming "
            + "超 chao 浩然 haoran 子轩 zixuan 俊杰 junjie 建国 jianguo 志强 zhiqiang 宇航 yuhang 文博 wenbo");
    private static final List<Part> FEMALE = parts("芳 fang 娜 na 敏 min 静 jing 丽 li 艳 yan 婷 ting 雪 xue "
            + "欣怡 xinyi 梓涵 zihan 雨萱 yuxuan 慧 hui 佳怡 jiayi 秀英 xiuying 晓燕 xiaoyan 诗琪 shiqi 思雨 siyu");

    private ChineseNames() {
    }

    private static List<Part> parts(String pairs) {
        String[] tokens = pairs.split(" ");
        Part[] out = new Part[tokens.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Part(tokens[2 * i], tokens[2 * i + 1]);
        }
        return List.of(out);
    }

    static Part surname(SplittableRandom rng) {
        return SURNAMES.get(rng.nextInt(SURNAMES.size()));
    }

    static Part givenName(SplittableRandom rng, boolean male) {
        List<Part> names = male ? MALE : FEMALE;
        return names.get(rng.nextInt(names.size()));
    }
}
