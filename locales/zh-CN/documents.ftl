# 内置文件的中文文本。每条消息在 locales/en-US/documents.ftl 中有同名的英文文本。
# 数据值在插入前已转义；此处可用的标记：<b>…</b>。

## 通用标签

label-name = 名称
label-address = 地址
label-company-no = 注册号
label-uscc = 统一社会信用代码
label-representative = 法定代表人
label-authorised-signatory = 授权签字人
label-signatory = 授权签字人
label-contact = 联系方式
label-email = 电子邮箱
label-phone = 电话
label-date = 日期
filing-date = 提交时填写（本函制作于{ $prepared }）
label-principal = 委托人
label-agent = 代理人
label-attorney = 受托人
label-complainant = 投诉人（权利人）
label-no = 序号
label-type = 权利类型
label-number = 注册号／专利号／登记号
label-title = 权利名称
label-owner = 权利人
label-country = 注册国家或地区
label-classes = 核定使用类别
label-validity = 有效期
label-protect = 请求保护期间
label-created-on = 创作完成日期
label-published-on = 首次发表日期
label-registered-on = 登记日期
label-filed-on = 申请日
label-granted-on = 授权公告日
label-certificate = 权利证书
label-link = 侵权链接
label-item-id = 商品ID
label-store = 店铺名称
label-product = 商品标题
label-platform = 平台
label-step = 步骤
label-working-days = 工作日
label-expected = 预计完成日期
label-document = 文件
label-status = 状态
label-to = 致
label-from = 发函人
label-re = 事由
not-given = 未提供
date-range = { $from }至{ $to }
working-days = { $span }个工作日

## Packet

packet-title = { $client }维权文件
packet-subject = 网络侵权投诉文件

## 授权委托书

poa-title = 授权委托书
poa-subject = 电子商务平台知识产权保护授权
poa-parties = 当事人
poa-prepared = 本授权委托书制作于{ $date }，自委托人签署之日起生效。
poa-intro = 委托人<b>{ $client }</b>（以下简称“委托人”）兹授权<b>{ $agent }</b>（以下简称“受托人”）代为办理下列事项。
poa-clause-appointment = <b>第一条　委托事项</b>　就第二条所列知识产权，委托人委托受托人作为其授权代理人，针对网络上（尤其是第三条所列平台及网站上）销售或提供的侵权商品及内容代为采取维权措施。
poa-clause-rights = <b>第二条　所涉权利</b>　本授权涵盖委托人享有的下列{ $count }项权利，以及上述权利依法续展后的权利（如适用）：
poa-clause-platforms = <b>第三条　所涉平台及网站</b>　本授权适用于{ $platforms }，以及销售或提供侵犯上述权利的商品或内容的任何其他电子商务平台、网站或应用程序。
poa-clause-powers = <b>第四条　代理权限</b>　受托人有权以委托人的名义办理下列事项：
poa-power-register = 在各平台的知识产权保护系统中为委托人注册账户、登记上述权利，并提交委托人的主体资格证明文件及权利证书；
poa-power-file = 针对侵权链接提交投诉、发出删除通知，并对该等投诉及通知进行补充、修改或撤回；
poa-power-disclose = 请求平台披露侵权商品销售者（平台内经营者）的身份信息及联系方式；
poa-power-evidence = 收集、固定侵权证据，包括进行试购，并办理证据公证；
poa-power-receive = 接收平台、平台内经营者及其代理人发出的通知、声明及其他函件；
poa-power-answer = 对平台内经营者提交的不存在侵权行为的声明作出答复，提交证据及说明材料，参与平台的争议处理程序；
poa-power-settle = 与平台内经营者协商、和解并签署和解协议，但涉及委托人收付款项的，须经委托人书面同意；
poa-power-sign = 签署、提交及接收办理上述事项所需的一切文件。
poa-clause-delegation = <b>第五条　经办人员及转委托</b>　受托人可指派其律师及工作人员具体办理上述事项。未经委托人事先书面同意，受托人不得将上述权限转委托予任何第三方。
poa-clause-term = <b>第六条　授权期限</b>　本授权委托书自委托人签署之日起生效，有效期{ $months }个月，但委托人以书面形式通知受托人及相关平台提前撤销本授权的除外。
poa-clause-ratification = <b>第七条　法律效力</b>　受托人在授权范围内实施的一切行为，委托人均予以承认，由此产生的法律后果由委托人承担。
poa-clause-language = <b>第八条　语言</b>　{ $languages ->
    [en] 本授权委托书以英文签署。
    [zh] 本授权委托书以中文签署。
   *[bilingual] 本授权委托书以中文和英文签署。{ $governing ->
        [equal] 两种文本具有同等效力。
       *[chinese] 两种文本如有不一致，以中文文本为准。
    }
  }
poa-signature-principal-seal = 委托人（加盖公章并签字）
poa-signature-principal = 委托人（签字，有公章的加盖公章）
poa-signature-agent = 受托人（接受委托）

## 投诉函

complaint-title = 知识产权侵权投诉函
complaint-subject = { $type } { $number }（{ $platform }）
complaint-part = 第{ $part }部分，共{ $parts }部分
complaint-to = { $platform }（经营者：{ $operator }）
letter-to = { $site }网站经营者
complaint-intro = 代理人依据投诉人签署的授权委托书，代表投诉人特此通知：下列链接侵犯投诉人享有的{ $right }，请求予以删除。
section-complainant = 一、投诉人及代理人
section-right = 二、投诉所依据的权利
section-listings = 三、侵权链接
listings-intro = 下列{ $count }条链接所销售的商品侵犯上述权利。
listings-part = 本函为第{ $part }部分，共{ $parts }部分；各部分链接连续编号（本部分为第{ $first }至第{ $last }条，共{ $total }条）。
comparison-utility-report = 如贵平台要求，投诉人将提供国家知识产权局就专利{ $number }出具的专利权评价报告。
complaint-intro-foreign = 代理人依据投诉人签署的授权委托书，代表投诉人特此通知：下列链接侵犯投诉人{ $right }，请求贵平台依据其知识产权保护规则予以删除。
evidence-intro-foreign = { $count ->
    [1] 该链接
   *[other] 各链接
  }构成侵权的证据如下。
request-portal-foreign = 请求贵平台依据其知识产权保护规则删除或屏蔽上列链接，并将处理结果告知代理人。
complaint-provision = 上述行为构成{ $provision }规定的侵权行为。
statement-good-faith = <b>善意声明：</b>投诉人基于善意确信，上列链接{ $use }的行为未经投诉人或其被许可人授权，亦无法律依据。
statement-authority = <b>授权声明：</b>代理人依据投诉人签署的授权委托书代表投诉人提交本投诉；该授权委托书可应平台要求提供。
request-portal = 请求贵平台依据《电子商务法》第四十二条的规定，及时删除或屏蔽上列链接，对相关平台内经营者采取必要措施，并将处理结果告知代理人。
contact-line = 与本函有关的联络，请与{ $firm }{ $signatory }律师联系（电子邮箱：{ $email }，电话：{ $phone }）。
complaint-signature = 代理人（代表投诉人）
section-evidence = 四、初步证据
section-statements = 五、声明
section-request = 六、请求及联系方式
section-annexes = 附件清单
evidence-intro = { $count ->
    [1] 该链接
   *[other] 各链接
  }构成侵权的初步证据（《中华人民共和国电子商务法》（以下简称《电子商务法》）第四十二条、《中华人民共和国民法典》第一千一百九十五条）如下。
evidence-listing = 第{ $n }条链接：{ $date ->
    [none] 对该链接页面所作的取证记录{ $count }份（取证日期未记录），
   *[other] 于{ $date }对该链接页面所作的取证记录{ $count }份，
  }见{ $annex }。
evidence-shows = 该页面显示：{ $shows }。
evidence-goods-class = 所售商品属于涉案权利核定使用的第{ $class }类商品。
evidence-none = 第{ $n }条链接：未附该链接页面的取证记录；上列链接可准确定位涉案商品。
evidence-purchases = 投诉人已对第{ $listings }条链接所售商品进行试购，订单号、购买日期及{ $records ->
    [order] 订单截图
    [payment] 付款记录
    [delivery] 证明已收货的物流签收记录
    [unboxing] 所收商品的开箱照片
    [notarised] 公证购买的公证书
   *[other] 试购记录
  }见{ $annex }。
comparison-made = { $what ->
    [claims] 专利{ $number }的权利要求与{ $target ->
        [listings] 第{ $listings }条链接所售产品
        [url] 链接{ $url }所售产品
       *[none] 比对表所载产品
      }的技术特征比对表
    [design] 专利{ $number }授权公告的外观设计与{ $target ->
        [listings] 第{ $listings }条链接所示产品
        [url] 链接{ $url }所示产品
       *[none] 比对表所载产品
      }的图片比对表
   *[other] 第{ $number }号{ $type }与{ $target ->
        [listings] 第{ $listings }条链接所示商品
        [url] 链接{ $url }所示商品
       *[none] 比对材料所载商品
      }的比对材料
  }见{ $annex }。
comparison-each = { $what ->
    [claims] 专利{ $number }的权利要求与第{ $listings }条链接所售产品的技术特征比对表（每一链接各一份）
    [design] 专利{ $number }授权公告的外观设计与第{ $listings }条链接所示产品的图片比对表（每一链接各一份）
   *[other] 第{ $number }号{ $type }与第{ $listings }条链接所示商品的比对材料（每一链接各一份）
  }见{ $annex }。
evaluation-attached = 国家知识产权局就专利{ $number }出具的专利权评价报告见{ $annex }。
certificate-attached = 涉案权利证书复印件见{ $annex }。
statement-accuracy = { $annexed ->
    [yes] <b>真实性声明：</b>本函所载信息及所附文件均真实、准确。投诉人知悉，根据《电子商务法》第四十二条，因通知错误造成损失的，应依法承担相应的法律责任。
   *[no] <b>真实性声明：</b>本函所载信息真实、准确。投诉人知悉，根据《电子商务法》第四十二条，因通知错误造成损失的，应依法承担相应的法律责任。
  }
annex-entry = { $annex }：{ $title }（{ $files }份文件）
annex-heading-evidence = { $annex }：侵权证据
annex-heading-purchases = { $annex }：试购记录
annex-heading-certificates = { $annex }：第{ $n }项权利的登记证书
annex-heading-licence = { $annex }：{ $title }
caption-evidence = { $annex }，第{ $n }条链接：{ $url }；店铺：{ $store }；{ $date ->
    [none] 取证日期未记录
   *[other] 取证日期：{ $date }
  }；文件：{ $file }；SHA-256：{ $hash }…
caption-purchase = { $annex }，第{ $n }条链接的试购记录：订单号{ $order }，{ $date }；文件：{ $file }；SHA-256：{ $hash }…
caption-document = { $annex }：{ $title }；文件：{ $file }；SHA-256：{ $hash }…
label-file = 文件
label-captured = 取证日期
label-order = 订单号
label-purchase-date = 购买日期

## 知识产权清单

schedule-title = 知识产权清单
schedule-subject = { $client }的知识产权
schedule-intro = 本清单列明<b>{ $client }</b>的知识产权，即于{ $date }制作的授权委托书及投诉函所依据的各项权利。各项权利在所列有效期内有效；“请求保护期间”指请求各平台给予保护的期间。
schedule-summary = 概览
schedule-right = 第{ $n }项　{ $type }（{ $number }）
certificate-on-file = 已存档
certificate-missing = 尚需提供
certificate-in-annex = 见{ $annex }
licence-title = { $prc ->
    [yes] 权利人营业执照
   *[no] 权利人公司注册证明
  }
licence-subject = { $prc ->
    [yes] { $client }的营业执照
   *[no] { $client }的公司注册证明
  }
licence-intro = { $prc ->
    [yes] <b>{ $client }</b>的营业执照，供各平台权利人认证使用：
   *[no] <b>{ $client }</b>的公司注册证明，供各平台权利人认证使用：
  }
## 致客户函

cover-title = 致客户函
cover-sample-firm = 草稿——不得签署或提交。本材料所列代理机构“{ $firm }”为 takedown 自带的示例律所。请填写贵所的名称、地址、统一社会信用代码、签署人及联系方式后重新生成。
cover-subject = { $client }网络侵权投诉文件
cover-re = 关于{ $platforms }上侵权链接的投诉
cover-dear = 尊敬的{ $name }：
cover-dear-company = 尊敬的{ $client }：
cover-intro = 随函附上我所为贵公司准备的投诉文件：依据贵公司{ $rights }项知识产权，针对{ $listings }条侵权链接提出投诉。请审阅，并按下文要求寄回或提供相关文件。
cover-section-sign = 一、需签字盖章的文件
cover-sign-poa = <b>授权委托书</b>（power-of-attorney.pdf）：请加盖贵公司公章，并由{ $signatory }签字。请将原件寄回我所，并自留复印件。
cover-sign-poa-no-seal = <b>授权委托书</b>（power-of-attorney.pdf）：请由{ $signatory }签字并注明职务（签字，有公章的加盖公章）。请将原件寄回我所，并自留复印件。
cover-sign-poa-blank = <b>授权委托书</b>（power-of-attorney.pdf）：请加盖贵公司公章，并由贵公司法定代表人或授权签字人签字。请将原件寄回我所，并自留复印件。
cover-sign-poa-blank-no-seal = <b>授权委托书</b>（power-of-attorney.pdf）：请由贵公司授权签字人签字并注明职务（签字，有公章的加盖公章）。请将原件寄回我所，并自留复印件。
cover-sign-authority = { $signatory }并非贵公司的法定代表人，请一并提供董事会决议或公司秘书证明，以证明其有权代表贵公司签署授权委托书。
cover-apostille = <b>公证及认证：</b>贵公司注册于中国大陆境外。向人民法院起诉、向行政执法机关（如市场监督管理部门）投诉，以及部分平台，均要求授权委托书及公司主体资格证明文件（公司注册证明或存续证明）经所在国公证并办理附加证明书；中国自2023年11月7日起适用《取消外国公文书认证要求的公约》，所在国非该公约缔约国的，须经中国驻当地使领馆认证。阿里巴巴知识产权保护平台接受上述文件的扫描件，在该平台的投诉无需等待公证认证。建议以贵公司签署的原件一并办理公证认证，以免日后重新签署而耽误数周时间。
cover-attestation = <b>在中国大陆使用的证明手续：</b>贵公司注册于{ $place }。向人民法院起诉、向行政执法机关（如市场监督管理部门）投诉，以及部分平台，均要求授权委托书及公司主体资格证明文件办理在中国大陆使用的证明手续：香港、澳门由中国委托公证人出具公证文书，台湾依《海峡两岸公证书使用查证协议》办理公证。上述地区与中国大陆之间不适用附加证明书。阿里巴巴知识产权保护平台接受上述文件的扫描件，在该平台的投诉无需等待上述手续。
cover-check-schedule = <b>知识产权清单</b>（ip-rights-schedule.pdf）：请核对各项权利的注册号、专利号或登记号、权利人及期间，无需签字。
cover-check-complaints = <b>投诉函</b>（共{ $count }份）：在贵公司寄回授权委托书后，由我所作为贵公司代理人签署并提交；请核对每条链接是否与所列权利相对应。
cover-check-letters = <b>致网站经营者的通知函</b>（共{ $count }份）：在贵公司寄回授权委托书后，由我所作为贵公司代理人签署并发送；请核对每条链接是否与所列权利相对应。
cover-section-needed = 二、尚需提供的文件
cover-needed-licence = 贵公司营业执照或公司注册证明的复印件。
cover-needed-translation = 贵公司营业执照或公司注册证明的中文译本。
cover-needed-certificate = 第{ $number }号{ $kind }的权利证书。
cover-needed-certificate-held = 第{ $number }号{ $kind }的权利证书：该权利尚未在{ $platforms }备案，缺少权利证明平台不予受理，相关投诉函暂未制作。
cover-needed-reproduction = 登记号为{ $number }的作品：证明下列链接复制了该作品的材料（截图所显示的内容或比对材料）。仅名称相符的链接暂不列入投诉（各链接后注明工作簿中应填写的单元格）。
cover-needed-report-required = 第{ $number }号{ $kind }的专利权评价报告（《专利法》第六十六条第二款）：{ $platforms }要求提供该报告方受理投诉，相关投诉函暂未制作。国家知识产权局出具该报告约需两个月。
cover-needed-report = 第{ $number }号{ $kind }的专利权评价报告（《专利法》第六十六条第二款）：投诉函载明可应要求提供，平台通常在处理前要求提交。
cover-needed-claim-chart = 第{ $number }号专利的权利要求与涉案商品的技术特征比对表：缺少该比对表，投诉无法证明涉案商品落入专利保护范围。
cover-needed-design-comparison = 第{ $number }号外观设计专利与涉案商品的图片比对表：缺少该比对表，投诉无法证明涉案商品与该外观设计相同或近似。
cover-needed-evidence = 下列链接页面的截图及取证日期（共{ $count }条）：目前尚无证据显示上述链接，投诉函暂不列入；收到截图后即行提交（各链接后注明工作簿中应填写的单元格）。
cover-needed-nothing = 投诉所依据的全部文件均已齐备。
cover-register-intro = 在中国注册的权利，平台删除侵权链接较为顺利；仅在境外注册的权利，投诉可能成功，但并非总能成功；未登记的权利应先行登记。贵公司各项权利的情况如下：
cover-register-right = 第{ $number }号{ $kind }：{ $status }；建议在中国（国家知识产权局；著作权为中国版权保护中心）登记注册。
cover-register-china = 第{ $number }号{ $kind }：已在中国注册，平台可直接据此处理。
cover-section-steps = 三、后续步骤及时间安排
cover-steps-intro = 以下期间按中国大陆工作日计算（扣除法定节假日，国务院安排的调休上班日计入），自{ $date }起算（预计我所于本函出具后{ $days }个工作日内收到签署完毕的授权委托书）；每一步骤在上一步骤结束后开始。
cover-art43 = 平台内经营者提交不存在侵权行为的声明的，平台将转送我所。我所收到该声明后十五日内，平台未收到已向有关主管部门投诉或者向人民法院起诉的通知的，将终止所采取的措施（《电子商务法》第四十三条）。届时我所将立即通知贵公司，该决定时限紧迫。
cover-steps-estimated = 国务院尚未公布{ $year }年节假日安排，该年内的日期仅扣除周末推算，可能有所变动。
cover-channel-portal = { $platform }：通过{ $portal }在线提交。
cover-documents-required = 平台要求提交：
cover-documents-enclosed = 随函附件：
cover-channel-letter = 其他网站：向各网站经营者发送通知函。
cover-closing = 如有任何问题，请联系{ $signatory }（电子邮箱：{ $email }，电话：{ $phone }）。
cover-regards = 顺颂商祺！
cover-signature = 代理人

## 致独立网站的通知函

notice-title = 侵权通知函
notice-subject = { $site }上的侵权链接
notice-re = { $client }的{ $kinds }在{ $site }遭受侵害
notice-intro = 本所受<b>{ $client }</b>（以下简称“权利人”）委托，特此致函：{ $site }上的下列链接所销售的商品侵犯权利人的{ $kinds }，请予删除。
notice-intro-china = 本所受<b>{ $client }</b>（以下简称“权利人”）委托，依据《中华人民共和国电子商务法》第四十二条及《中华人民共和国民法典》第一千一百九十五条，特此通知：{ $site }上的下列链接所销售的商品侵犯权利人的{ $kinds }，请予删除。
notice-section-holder = 一、权利人及代理人
notice-label-holder = 权利人
notice-section-rights = 二、所依据的权利
notice-rights-local = { $count ->
    [1] 上述权利已在{ $site }经营所在地（{ $country }）注册。
   *[other] 上述权利均已在{ $site }经营所在地（{ $country }）注册。
  }
notice-certificates = 权利证书复印件见{ $annex }。
notice-section-listings = 三、侵权链接
notice-listings-intro = 下列{ $count }条链接销售侵权商品；末栏为其所侵犯的第二部分所列权利的编号。
notice-label-rights = 所侵犯的权利
notice-evidence-intro = { $count ->
    [1] 该链接
   *[other] 各链接
  }的证据如下。
notice-section-grounds = 四、侵权理由
notice-grounds-trademark = <b>商标：</b>所售商品未经权利人许可，在注册商标核定使用的商品上使用了与其注册商标相同或近似的标志，{ $law ->
    [us] 依据《美国法典》第15编第1114条第（1）款构成对注册商标的侵权，并依据第1125条第（a）款构成虚假来源标示。
    [eu] 侵犯了欧盟商标所赋予的专用权（欧盟第2017/1001号条例第九条第二款）。
   *[none] 依据注册地法律侵犯了注册商标专用权。
  }
notice-grounds-trademark-china = <b>商标：</b>所售商品未经权利人许可，在注册商标核定使用的商品上使用了与其注册商标相同或近似的商标，侵犯了权利人的注册商标专用权（《中华人民共和国商标法》第五十七条）。
notice-grounds-patent = <b>专利：</b>所售产品落入权利人专利的保护范围，且未经权利人许可而许诺销售、销售，{ $law ->
    [us] 侵犯了其专利权（《美国法典》第35编第271条第（a）款）。
   *[none] 依据授权国法律侵犯了其专利权。
  }
notice-grounds-patent-china = <b>专利：</b>所售产品落入权利人专利的保护范围，且未经权利人许可而许诺销售、销售（《中华人民共和国专利法》第十一条）。
notice-grounds-copyright = <b>著作权：</b>上列链接未经权利人许可复制并传播其作品，侵犯了其著作权。
notice-grounds-copyright-china = <b>著作权：</b>上列链接未经权利人许可复制其作品并通过信息网络向公众传播（《中华人民共和国著作权法》第十条）。
notice-grounds-terms = <b>网站规则：</b>请贵方依据{ $site }公布于{ $terms }的使用条款处理上列链接。
notice-grounds-china = <b>贵方义务：</b>贵方接到附有构成侵权的初步证据的通知后，应当及时采取删除链接等必要措施，并将通知转送平台内经营者；未及时采取必要措施的，对损害的扩大部分与该平台内经营者承担连带责任（《电子商务法》第四十二条、《民法典》第一千一百九十五条）。
notice-dmca = <b>依据《美国法典》第17编第512(c)(3)条所作的通知：</b>涉案作品见第二部分，侵权内容见第三部分。权利人基于善意确信，以上述方式使用该等内容未经著作权人、其代理人许可，亦无法律依据。本通知所载信息准确无误；签署人声明，如有不实愿承担伪证责任，并确认其有权代表被侵害专有权利的权利人行事。
notice-section-request = 五、我方请求
notice-request = 请贵方自收到本通知之日起{ $days }个工作日内删除上列链接或使其无法访问，删除贵网站上销售相同商品的其他链接，并以书面形式向我所确认已完成处理。如相关商品系由贵方自行销售，请立即停止销售，并告知我所已售数量及进货来源。
notice-reserve = 权利人保留一切权利及救济，包括不另行通知而直接提起诉讼的权利。
notice-good-faith = <b>善意声明：</b>权利人基于善意确信，上列链接使用其权利的行为未经权利人或其被许可人许可，亦无法律依据；本通知所载信息真实、准确。
notice-liability-china = 权利人知悉，根据《电子商务法》第四十二条，因通知错误造成损失的，应依法承担相应的法律责任。
notice-authority = <b>授权声明：</b>本所依据权利人签署的授权委托书代表权利人发出本通知；该授权委托书复印件可应要求提供。
notice-contact = 请回复{ $firm }{ $signatory }（电子邮箱：{ $email }，电话：{ $phone }）。
notice-signature = 代表权利人

## 向平台内经营者转送全部材料的平台（得物）

complaint-confidential = <b>保密材料：</b>投诉人本身的联系方式及其他证据可由{ $platform }向代理人索取；该等材料不属于本投诉的内容，不得转送平台内经营者。
cover-confidential = { $platform }会将投诉时提交的全部材料转送平台内经营者。因此，向其提交的投诉不载明贵公司的联系方式及试购记录；该等材料由我所存档，仅在平台要求时另行提交并注明保密。

cover-section-deadlines = 四、期限
cover-deadlines-intro = { $statements ->
    [0] 下表列明本次投诉所涉的各项期限及其依据；
   *[other] 下表列明本次投诉及我方已收到的平台内经营者声明所涉的各项期限及其依据；
  }相同日期亦载于 deadlines.ics，可导入日历。标有 * 的日期所计算的年份尚未公布节假日安排。
label-deadline-date = 日期
label-deadline = 期限事项
label-basis = 依据
cover-section-now = 需贵公司立即处理的事项
cover-now-overdue = <b>已逾期</b>（{ $date }届满）：{ $title }。
cover-now-urgent = <b>紧急</b>（{ $date }届满，两个工作日内）：{ $title }。
cover-now-counter = { $site }上{ $item }的经营者已就我方投诉提交声明（反通知）。依据《中华人民共和国电子商务法》第四十三条，如{ $platform }于{ $art43 }前未收到贵公司已向有关主管部门投诉或向人民法院起诉的通知，将恢复该链接。
cover-now-counter-abroad = { $site }上{ $item }的经营者已就我方通知提交声明；我方回复意见随附。
cover-now-late = 我方回复已逾期。
cover-now-sign-poa = 签署随附的授权委托书（签字，有公章的加盖公章）：我所尚无据以发出回复意见的已签署授权委托书。
cover-now-decide = 请于{ $art43 }前告知是否起诉或向有关主管部门投诉；随附的授权委托书不包括起诉及行政投诉事项，须另行出具特别授权委托书。
cover-now-decide-special = 请于{ $art43 }前告知是否起诉或向有关主管部门投诉，并签署相应的特别授权委托书。
flag-overdue = 已逾期：
flag-urgent = 紧急：
poa-power-litigation = 经特别授权（《中华人民共和国民事诉讼法》第六十二条），就上述侵权行为向有关行政主管部门投诉、向人民法院起诉，并在相关程序中代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉。
special-poa-title = 特别授权委托书
special-poa-subject = 关于链接{ $url }后续行动的特别授权
special-poa-matter = <b>第一条　委托事项</b> 平台内经营者就上列链接提交声明后，委托人授权受托人{ $action ->
    [court] 就该链接侵犯委托人权利的行为，向{ $body ->
        [none] 有管辖权的人民法院
       *[other] { $body }
      }起诉该经营者
    [amr] 就该链接侵犯委托人权利的行为，向{ $body ->
        [none] 有管辖权的市场监督管理部门
       *[other] { $body }
      }投诉该经营者
   *[either] 按委托人指示，就该链接侵犯委托人权利的行为，向有管辖权的人民法院起诉该经营者或向有管辖权的市场监督管理部门投诉
  }，并依据《中华人民共和国电子商务法》第四十三条通知平台。
special-poa-powers = <b>第二条　特别授权</b> 受托人可以委托人的名义：
special-poa-power-file = { $action ->
    [amr] 提出投诉，提交证据及陈述意见，接收主管部门的决定；
   *[other] 提起诉讼或投诉，提交证据及陈述意见，出庭参加庭审；
  }
special-poa-power-claims = 代为承认、放弃、变更诉讼请求；
special-poa-power-settle = 代为和解，参加调解；
special-poa-power-appeal = 代为提起反诉，提起或撤回上诉；
special-poa-power-documents = 签署、提交及签收程序中的一切文书，包括受理通知书、判决书、裁定书及决定书。
special-poa-basis = <b>第三条　依据</b> 本委托书系依据《中华人民共和国民事诉讼法》第六十二条作出的特别授权。
special-poa-apostille = 本委托书在中国境外签署的，须经签署地公证并办理附加证明书（不适用附加证明书的，须经中国使领馆认证）后，方可提交中国法院。
cover-sign-authority-common-law = 请一并提供董事会决议或公司秘书证明，以证明{ $signatory }有权代表贵公司签署授权委托书。

prior-intro = 投诉人此前已就上述链接向平台发出以下通知（据案件台账）：
prior-listing = 第{ $n }条链接：
prior-notice = { $via ->
    [store] 同一店铺的另一链接（{ $url }）
   *[item] 该商品
  }已于{ $filed ->
    [none] 未记录的日期
   *[other] { $filed }
  }被投诉（投诉编号：{ $case ->
    [none] 未记录
   *[other] { $case }
  }），{ $status ->
    [removed] 已删除
    [rejected] 被驳回
    [counter-noticed] 平台内经营者已提交声明
    [restored] 经平台内经营者声明后已恢复
    [withdrawn] 已撤回
   *[filed] 尚未处理
  }{ $decided ->
    [none] {""}
   *[other] （{ $decided }）
  }。
prior-art45 = 上述商品经平台依此前通知删除后再次上架，平台已知悉该侵权行为。根据《中华人民共和国电子商务法》第四十五条，电子商务平台经营者知道或者应当知道平台内经营者侵犯知识产权的，应当采取删除、屏蔽、断开链接、终止交易和服务等必要措施；未采取必要措施的，与侵权人承担连带责任。请{ $platform }删除上述链接，并依其关于重复侵权的规则对该平台内经营者予以处理。

cover-ledger-intro = 据记录此前各批次及已报告处理结果的案件台账：
cover-ledger-relisted = { $url }经平台依此前投诉（{ $case }）删除后再次上架；新的投诉函援引该次通知及《电子商务法》第四十五条。
cover-ledger-open = { $url }：本次未再投诉，{ $status ->
    [counter-noticed] 平台内经营者就该投诉（{ $case }）提交的声明尚待处理。
   *[filed] 该投诉（{ $case }）尚待平台处理。
  }
cover-ledger-operator = 店铺{ $stores }{ $by ->
    [licence] 公示的营业执照号码均为{ $licence }
    [contact] 公示的联系方式均为{ $contact }
   *[both] 通过其中两家以上店铺共用的营业执照号码{ $licence }及联系方式{ $contact }相互关联
  }，系同一经营者，共涉及{ $count }条链接。
cover-ledger-removed = { $url }：本次未再投诉；该链接已因此前投诉（{ $case }）被删除，此后的取证未显示其重新上架。
