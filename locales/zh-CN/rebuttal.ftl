# 对平台内经营者声明的回复意见。每项理由一条消息（rebuttal-ground-*）：工作簿未列明的理由不予答辩。
rebuttal-title = 对平台内经营者声明的回复意见
rebuttal-subject = 关于链接{ $url }投诉的平台内经营者声明之回复
rebuttal-re = 平台内经营者就链接{ $url }提交的声明
rebuttal-intro = { $poa ->
    [none] 代理人代表投诉人（授权委托书随附，待投诉人签署），
   *[other] 代理人依据投诉人于{ $poa }签署的授权委托书，代表投诉人，
  }{ $forwarded ->
    [none] 就平台内经营者对下列链接提交的不侵权声明（我方于{ $received }收到），现回复如下。
   *[other] 就{ $platform }于{ $forwarded }转送的平台内经营者对下列链接提交的不侵权声明（我方于{ $received }收到），现回复如下。
  }
rebuttal-section-listing = 一、被投诉链接及投诉
rebuttal-complaint = { $titled ->
    [yes] { $owner }的{ $type }（第{ $number }号，{ $title }）
   *[no] { $owner }的{ $type }（第{ $number }号）
  }
rebuttal-complaint-case = { $filed ->
    [none] 投诉编号{ $case }
   *[other] 投诉编号{ $case }，投诉日期{ $filed }
  }
rebuttal-complaint-unnumbered = 投诉人依据下列权利对该链接提出的投诉（投诉编号未记录）
label-right-relied = 投诉所依据的权利
rebuttal-late-art43 = <b>逾期回复：</b>本回复意见在《中华人民共和国电子商务法》第四十三条规定的期间（于{ $art43 }届满）届满后作出。
rebuttal-late-reply = <b>逾期回复：</b>本回复意见在{ $platform }规定的回复期限（于{ $due }届满）届满后作出。
rebuttal-art43-open = 依据《中华人民共和国电子商务法》第四十三条，向{ $platform }通知已投诉或起诉的期间于{ $art43 }届满。投诉人尚未向有关主管部门投诉或向人民法院起诉。
rebuttal-art43-filed = 在《中华人民共和国电子商务法》第四十三条规定的期间（于{ $art43 }届满）内，投诉人已于{ $filed }{ $action ->
    [court] 向{ $body }提起诉讼
   *[amr] 向{ $body }提出行政投诉
  }（{ $case ->
    [none] 案号尚未取得
   *[other] 案号或受理号：{ $case }
  }）。
rebuttal-provision = 该链接使用涉案商标的行为属于{ $provision }规定的侵权行为。
rebuttal-our-response = <b>补充意见：</b>{ $text }
label-complaint = 投诉
label-received = 收到声明日期
label-forwarded = 平台转送日期
label-grounds = 声明理由
label-seller-evidence = 对方证据
rebuttal-section-statement = 二、平台内经营者的声明
rebuttal-no-seller-evidence = 未载明
rebuttal-preliminary = 根据《中华人民共和国电子商务法》第四十三条，平台内经营者的声明应当包括不存在侵权行为的初步证据。该声明未达到这一要求，理由如下。
rebuttal-preliminary-abroad = 该声明未提供任何证明该链接不构成侵权的证据，理由如下。
rebuttal-section-reply = 三、逐项回复意见
rebuttal-ground-licensed = <b>关于授权：</b>投诉人作为第{ $number }号{ $type }的权利人，从未以任何形式许可或授权该平台内经营者使用，亦未授权任何人向其作出许可。{ $seller_evidence ->
    [none] 未经投诉人授权的所谓许可，不能作为该链接销售行为的合法依据；除非对方提交经投诉人签署、可向投诉人核实的授权文件，该理由不能成立。
   *[other] 对方提交的材料（{ $seller_evidence }）并非投诉人向其作出的许可；未经投诉人授权的所谓许可，不能作为该链接销售行为的合法依据。除非对方提交经投诉人签署、可向投诉人核实的授权文件，该理由不能成立。
  }
rebuttal-ground-genuine = <b>关于正品来源：</b>{ $seller_evidence ->
    [none] 主张正品、平行进口或权利用尽，须证明商品来源于投诉人或其被许可人的供货链条（能将涉案商品溯源至投诉人或其被许可人的发票、采购合同或报关单据），且商品系由权利人或经其同意投放市场。
   *[other] 对方提交的材料（{ $seller_evidence }）未能证明涉案商品来源于投诉人或其被许可人的供货链条；主张平行进口或权利用尽，须以商品系由权利人或经其同意投放市场为前提。
  }{ $differences ->
    [none] {""}
   *[other] 经查，链接所售商品与投诉人的正品存在以下差异：{ $differences }。
  }
rebuttal-ground-no-use = <b>关于使用：</b>{ $kind ->
    [trademark] 该链接在商品标题、图片及描述中使用涉案商标以标识其所售商品，{ $law ->
        [prc] 属于《中华人民共和国商标法》第四十八条规定的商标使用行为。涉案商标并非该商品的通用名称，亦非对其质量、功能或产地的描述，不适用该法第五十九条的正当使用规定
       *[other] 属于商标意义上的使用。涉案商标并非该商品的通用名称，亦非对其质量、功能或产地的描述
    }；对方突出使用该商标，并非描述性使用。
    [copyright] 该链接在图片中复制投诉人的作品，并通过信息网络向公众传播，未经投诉人许可{ $law ->
        [prc] （《中华人民共和国著作权法》第十条）。
       *[other] 。
    }
   *[other] 在链接中许诺销售涉案产品本身即属于专利权人专有的实施行为{ $law ->
        [prc] （《中华人民共和国专利法》第十一条）
       *[other] {""}
    }，无论是否已实际销售，均构成侵权。
  }
rebuttal-ground-different-goods = <b>关于商品类别：</b>{ $kind ->
    [trademark] 链接所售商品与涉案商标核定使用的商品{ $classes ->
        [none] {""}
       *[other] （第{ $classes }类）
    }相同或类似：二者在功能、用途、销售渠道及消费对象方面相同，而商品是否类似正是依据上述因素判断，商品分类表仅作参考。
   *[other] 链接所售产品正是涉案权利所保护的产品类别，落入第{ $number }号{ $type }的保护范围；链接中使用不同的产品名称或描述，并不改变所售产品本身。
  }
rebuttal-ground-own-right = <b>关于对方自有权利：</b>对方的商标或权利并未核准注册于涉案商品上，或其申请日晚于投诉人的权利，投诉人的权利在先。在后注册并不赋予对方使用与在先权利相冲突的标识的权利，亦不允许其超出核准注册的形式或商品范围使用。对方亦未举证证明其在投诉人申请之前已使用并具有一定影响，而这是主张在先使用抗辩的前提。
rebuttal-ground-invalid = <b>关于权利效力：</b>第{ $number }号{ $type }现合法有效。权利在{ $law ->
    [prc] 国家知识产权局
   *[other] 授予该权利的主管机关
  }或人民法院以生效决定或判决宣告无效之前始终有效：已提出但尚未审结的无效宣告请求或现有技术主张，均不影响其效力，且该问题不应由平台判断。对方未提交任何宣告该权利无效的决定。
rebuttal-ground-design-differs = <b>关于外观设计：</b>外观设计应以一般消费者的知识水平和认知能力，依整体视觉效果进行比对。链接所示产品与第{ $number }号专利的外观设计在整体视觉效果上无实质性差异；对方所称区别仅属细微差别或由功能唯一决定的设计特征，不影响整体视觉效果。
rebuttal-ground-other = <b>关于其他理由：</b>该声明的其他主张均无任何不侵权的证据支持，不能回应投诉。
rebuttal-section-request = 四、请求
rebuttal-request = 投诉人请求{ $platform }维持对该链接已采取的措施，不予采纳平台内经营者的声明。
rebuttal-undertaking = 投诉人将在《中华人民共和国电子商务法》第四十三条规定的期间于{ $art43 }届满前，将其向有关主管部门投诉或向人民法院起诉的情况通知{ $platform }。
rebuttal-request-abroad = 投诉人请求{ $platform }继续删除该链接，不予采纳该经营者的声明。投诉人保留一切权利。
rebuttal-request-abroad-litigation = 投诉人请求{ $platform }继续删除该链接，不予采纳该经营者的声明。投诉人保留一切权利，包括不另行通知而直接提起诉讼的权利。
rebuttal-evidence-intro = 投诉人的证据附后：
rebuttal-no-evidence = 投诉人援引其投诉所附证据。
rebuttal-signature = 代理人（代表投诉人）
annex-heading-rebuttal = { $annex }：投诉人证据
annex-title-rebuttal = 投诉人证据
art43-title = 关于已提起投诉或诉讼的通知
art43-subject = 关于链接{ $url }的《电子商务法》第四十三条通知
art43-re = 链接{ $url }：《电子商务法》第四十三条
art43-late = <b>逾期通知：</b>本通知在《中华人民共和国电子商务法》第四十三条规定的期间（于{ $art43 }届满）届满后发出。
art43-intro = { $poa ->
    [none] 代理人代表投诉人（授权委托书随附，待投诉人签署），
   *[other] 代理人依据投诉人于{ $poa }签署的授权委托书，代表投诉人，
  }依据《中华人民共和国电子商务法》第四十三条通知{ $platform }：平台内经营者就下列链接提交声明后，投诉人已于{ $filed }{ $action ->
    [court] 向{ $body }提起诉讼
   *[amr] 向{ $body }提出行政投诉
  }。
art43-label-action = 后续行动
art43-label-case = 案号或受理号
art43-label-filed = 立案日期
art43-action = { $action ->
    [court] 向{ $body }起诉
   *[amr] 向{ $body }行政投诉
  }
art43-case-pending = 尚未取得
art43-acceptance = { $action ->
    [court] 法院
   *[amr] 主管部门
  }的受理材料见{ $annex }。
art43-acceptance-to-follow = { $action ->
    [court] 法院
   *[amr] 主管部门
  }的受理材料将于收到后及时提供。
art43-request = 投诉人请求{ $platform }在案件审理或处理期间继续维持对该链接已采取的措施，不因第四十三条规定的期间于{ $art43 }届满而终止。
