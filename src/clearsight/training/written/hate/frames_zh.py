"""Chinese (Simplified) hate-functionality frames: the hateful categories and the fillers.

``{i}`` is a bare group noun (``穆斯林``, ``女性``); Chinese has no agreement, but the written
third-person plural is gendered (``他们``/``她们``), so the pronoun frames carry the hate with
``这些人``/``这帮人``/``这种人`` or a dropped subject. Towns and people are the shared invented
names, transliterated. The contrast categories live in ``frames_zh_more`` and reuse the insult
words of these frames.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written.hate.frames_zh_add import ADD
from clearsight.training.written.hate.frames_zh_more import CONTRAST

IDENTITIES: tuple[str, ...] = (
    "穆斯林",
    "犹太人",
    "基督徒",
    "印度教徒",
    "无神论者",
    "罗姆人",
    "黑人",
    "阿拉伯人",
    "波兰人",
    "女性",
    "跨性别者",
    "同性恋者",
    "残障人士",
    "移民",
    "难民",
    "聋人",
    "女同性恋者",
    "双性恋者",
    "锡克教徒",
    "亚洲人",
    "老年人",
)
TOWNS: tuple[str, ...] = (
    "卡斯霍尔姆",
    "米罗代尔",
    "坦维克",
    "埃尔德盖特",
    "洛文比",
    "伊斯特雷尔",
)
PEOPLE: tuple[str, ...] = (
    "约伦德",
    "梅利斯",
    "皮姆",
    "奥达莉丝",
    "特奥德里克",
    "苏尼娃",
)
NONPROTECTED: tuple[str, ...] = (
    "停车收费员",
    "税务稽查员",
    "炒币的人",
    "房东",
    "裁判",
    "网红",
    "房产中介",
    "骑行党",
    "游戏玩家",
    "哑剧演员",
    "催收员",
    "二手车贩子",
)

HATEFUL: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "{i}又脏又懒又不老实，谁都知道。",
        "{i}根本没一个好东西，除了撒谎就是偷。",
        "我在{t}住了二十年，说句实话：{i}就是这片街区的渣滓。",
        "{i}=脏乱差+犯罪，就这么简单。",
        "{t}所有的问题都是一个根源：{i}。又蠢又暴力，还不肯干活。",
        "{i}就是一群寄生虫，靠别人的血汗钱过日子。",
        "{i}天生就是罪犯 #{t}#",
        "有{i}的地方就有吵闹、脏乱和谎话，走到哪儿都一样。",
    ),
    "dehumanisation": (
        "{i}就是老鼠，走到哪儿脏到哪儿。",
        "{i}不是人，是在{t}到处蔓延的瘟疫。",
        "{i}是害虫，仅此而已。",
        "{i}是一种病，整个{t}都已经被传染了。",
        "{i}？那不是人，是会走路的垃圾。",
        "{i}跟蟑螂一样繁殖🪳，{t}已经成了它们的窝。",
        "畜生，不是人——这就是{i}。",
        "{i}就是一群蝗虫，把{t}啃得精光。",
    ),
    "threat_to_group": (
        "{i}迟早要付出惨痛的代价，我等着看。",
        "希望{i}有一天从地球上消失。",
        "总有一天大家忍无可忍，到时候{i}就会得到应有的下场。",
        "{i}活该受罪，一个都跑不了。",
        "给{t}带句话：{i}在这儿永远别想过安生日子。",
        "要是我说了算，{i}会后悔来到这个世界上。",
        "{i}最好小心点，算账的日子快到了😡",
        "总有一天要让{i}吃个教训，一辈子都忘不了。",
    ),
    "exclusion": (
        "{i}就不该有投票权，没什么好说的。",
        "{i}滚出去！{t}不欢迎你们。",
        "正经公司都不该雇{i}。",
        "禁止{i}进入{t}，马上执行！",
        "{i}就该分开住：单独的小区、单独的学校，离正常人远点。",
        "我要{i}滚出我的国家、我的街道、我的生活。",
        "不给补贴，不给公职，不给国籍——对{i}就该这样。",
        "学校、医院、俱乐部——{t}哪儿都不该接纳{i}。",
    ),
    "hate_question": (
        "为什么{i}总是这么脏这么不老实？",
        "谁能给我解释一下，{i}除了添乱还有什么用？",
        "{i}到底有没有脑子，还是在装傻？",
        "你们发现没有，哪里有{i}哪里犯罪就多？是巧合吗？",
        "{t}什么时候才能摆脱{i}？",
        "{i}从什么时候开始也算是人了？",
        "{i}和老鼠有什么区别？没有吧？",
        "{i}除了撒谎和偷东西还会干点别的吗？有人见过吗？",
    ),
    "hate_opinion": (
        "在我看来，{i}是{t}遇到过的最糟糕的东西。",
        "我觉得{i}又懒又不老实，我也不打算装作不这么想。",
        "说实话，对我来说{i}就是这个国家的毒瘤。",
        "也许是我错了，但我认为{i}一无是处。",
        "我的观点很简单：{i}只会带来倒退。",
        "老实讲，{i}让我恶心，一直都是。",
        "不受欢迎的观点？才不是：{i}就是寄生虫，大家心里都这么想。",
        "不好意思，在我眼里{i}就是个累赘，这想法改不了。",
    ),
    "hate_pronoun": (
        "{t}又开了一家{i}的活动中心。这帮人就是毒瘤，却没人管。",
        "我单位里有几个{i}。这些人根本不能信，都是寄生虫。",
        "听说{t}打算吸引更多{i}来定居。这种人除了偷就是骗，别指望会有什么不同。",
        "{i}又上新闻头条了。这帮人我一个都受不了，简直就是瘟疫。",
        "今天新闻又在说{i}。一个个撒谎、偷东西，还要装受害者。",
        "我表哥说{t}的{i}都挺好的。胡扯。这些人就是这座城的垃圾。",
        "{i}想在{t}广场上要块地方。让这帮人滚回自己的老鼠洞去。",
        "老板说公司里也有{i}。这种人干啥啥不行，以后也不会行。",
    ),
}

FRAMES: Mapping[str, tuple[str, ...]] = {
    category: frames + ADD[category] for category, frames in {**HATEFUL, **CONTRAST}.items()
}
