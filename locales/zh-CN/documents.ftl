# 内置文件的中文文本。每条消息在 locales/en-US/documents.ftl 中有同名的英文文本。
# 数据值在插入前已转义；此处可用的标记：<b>…</b>。

## 通用标签

label-name = 名称
label-address = 地址
label-company-no = 注册号
label-uscc = 统一社会信用代码
label-representative = 法定代表人
label-signatory = 授权签字人
label-contact = 联系人
label-email = 电子邮箱
label-phone = 电话
label-date = 日期
label-principal = 委托人
label-agent = 受托人
label-complainant = 投诉人（权利人）
label-no = 序号
label-type = 权利类型
label-number = 注册号
label-title = 权利名称
label-owner = 权利人
label-country = 注册国家或地区
label-classes = 尼斯分类
label-validity = 有效期
label-protect = 请求保护期间
label-certificate = 证书
label-link = 侵权链接
label-item-id = 商品编号
label-store = 店铺
label-product = 商品标题
label-platform = 平台
label-step = 步骤
label-working-days = 工作日
label-expected = 预计完成日期
label-document = 文件
label-status = 状态
label-to = 致
label-from = 发件人
label-re = 事由
not-given = 未提供
date-range = { $from }至{ $to }
working-days = { $span }个工作日

## 授权委托书

poa-title = 授权委托书
poa-subject = 电子商务平台知识产权保护授权
poa-parties = 当事人
poa-intro = 本授权委托书由<b>{ $client }</b>（“委托人”）于{ $date }出具给<b>{ $agent }</b>（“受托人”）。
poa-clause-appointment = <b>第一条 委托事项</b>　委托人委托受托人作为其授权代理人，代表委托人就第二条所列知识产权，针对网络上（尤其是第三条所列平台上）的侵权商品及内容进行维权。
poa-clause-rights = <b>第二条 授权范围内的权利</b>　本授权涵盖委托人的下列{ $count }项权利及其续展：
poa-clause-platforms = <b>第三条 授权范围内的平台</b>　{ $platforms }，以及销售或提供侵犯上述权利的商品或内容的任何其他电子商务平台、网站或应用程序。
poa-clause-powers = <b>第四条 授权权限</b>　受托人有权以委托人的名义：
poa-power-register = 在各平台知识产权保护系统中注册委托人及上述权利，并提交委托人的主体资格证明及权利证书；
poa-power-file = 针对侵权链接提起投诉及删除通知，并对投诉进行补充、修改或撤回；
poa-power-receive = 接收平台、卖家及其代理人发出的通知、反通知及其他函件；
poa-power-answer = 对反通知进行答复，提交证据及说明，参与平台的争议处理程序；
poa-power-sign = 为办理上述事项签署、提交及接收一切必要文件。
poa-clause-delegation = <b>第五条 转委托</b>　未经委托人事先书面同意，受托人不得将上述权限转委托给任何第三方。
poa-clause-term = <b>第六条 授权期限</b>　本授权委托书有效期自{ $from }起至{ $to }止；委托人以书面形式通知受托人及相关平台提前撤销的除外。
poa-clause-ratification = <b>第七条 法律效力</b>　受托人在授权范围内实施的一切行为，委托人均予以承认，并承担相应的法律后果。
poa-clause-language = <b>第八条 语言</b>　本授权委托书以中英文两种文字书就。{ $governing ->
    [equal] 两种文本具有同等效力。
   *[chinese] 两种文本如有不一致，以中文文本为准。
  }
poa-signature-principal = 委托人（签字并加盖公章）
poa-signature-agent = 受托人（接受委托）

## 投诉函

complaint-title = 知识产权侵权投诉函
letter-title = 知识产权侵权通知函
complaint-subject = { $platform }：{ $type }（{ $number }）
complaint-part = 第{ $part }部分，共{ $parts }部分
complaint-to = { $platform }（{ $operator }）
letter-to = { $site }网站经营者
complaint-intro = 投诉人委托受托人依据{ $date }出具的授权委托书提出本投诉：下列链接侵犯投诉人的{ $type }，请求予以删除。
section-complainant = 一、投诉人及代理人
section-right = 二、投诉所依据的权利
section-listings = 三、侵权链接
section-comparison = 四、比对证据
section-statements = { $patent ->
    [yes] 五、声明
   *[no] 四、声明
  }
section-request = { $patent ->
    [yes] 六、请求及联系方式
   *[no] 五、请求及联系方式
  }
listings-intro = 下列{ $count }条链接所销售的商品侵犯上述权利。
listings-part = 本投诉函为第{ $part }部分，共{ $parts }部分；各部分链接连续编号（本部分为第{ $first }至第{ $last }条，共{ $total }条）。
comparison-claims = 专利{ $number }独立权利要求与上列各链接所售产品的逐项技术特征比对表作为附件一随附，并附公证购买或测试购买记录（订单号、购买日期及所收货物照片）。
comparison-design = 专利{ $number }授权外观设计与上列各链接所示产品的图片比对表作为附件一随附，并附公证购买或测试购买记录（订单号、购买日期及所收货物照片）。
comparison-utility-report = 如有需要，可提供国家知识产权局就{ $number }出具的专利权评价报告。
statement-good-faith = <b>善意声明：</b>投诉人善意地声明，上列链接对该权利的使用未经权利人、被许可人授权，亦无法律依据。
statement-accuracy = <b>真实性声明：</b>本投诉函所载信息及所附文件真实、准确。投诉人知悉，因错误通知造成损失的，应依法承担法律责任（《中华人民共和国电子商务法》第四十二条）。
statement-authority = <b>授权声明：</b>受托人依据投诉人于{ $date }出具的授权委托书代表投诉人提出本投诉，该授权委托书已随投诉人在平台的注册材料一并提交。
request-portal = 请求{ $platform }依据《电子商务法》第四十二条及时删除或屏蔽上列链接，对相关卖家采取必要措施，并将处理结果告知受托人。
request-letter = 请贵方自收到本通知之日起{ $days }个工作日内删除上列链接或断开其链接，并书面告知受托人处理结果。权利人保留一切权利，包括不经另行通知即提起诉讼的权利。
contact-line = 有关本投诉的一切函件请寄送：{ $firm }，{ $signatory }，{ $email }，{ $phone }。
complaint-signature = 受托人（代表投诉人）

## 知识产权清单

schedule-title = 知识产权清单
schedule-subject = { $client }的知识产权
schedule-intro = 本清单列明<b>{ $client }</b>在{ $date }出具的授权委托书及投诉函中所依据的知识产权。各项权利在所列有效期内有效；请求保护期间为请求平台给予保护的期间。
schedule-summary = 概览
schedule-right = { $n }. { $type }（{ $number }）
certificate-on-file = 已提供
certificate-missing = 尚需提供

## 致客户函

cover-title = 致客户函
cover-subject = { $client }网络侵权投诉文件
cover-re = 针对{ $platforms }侵权链接的投诉
cover-dear = 尊敬的{ $name }：
cover-intro = 随函附上我们为代表贵方投诉而准备的文件：依据贵方{ $rights }项知识产权，针对{ $listings }条侵权链接提出投诉。请审阅，并按下文所列寄回相关文件。
cover-section-sign = 一、需签字盖章的文件
cover-sign-poa = <b>授权委托书</b>（power-of-attorney.pdf）：请由{ $signatory }签字并加盖贵公司公章；如无公章，请由签字人签字并注明职务。请将原件寄回我所，并自留复印件。
cover-sign-poa-blank = <b>授权委托书</b>（power-of-attorney.pdf）：请由贵方法定代表人或授权签字人签字并注明职务，并加盖贵公司公章。请将原件寄回我所，并自留复印件。
cover-check-schedule = <b>知识产权清单</b>（ip-rights-schedule.pdf）：请核对各项注册号、权利人及期间，无需签字。
cover-check-complaints = <b>投诉函</b>（共{ $count }份）：收到授权委托书原件后，由我所作为贵方代理人签署并提交；请核对每条链接与所列权利是否对应。
cover-section-needed = 二、尚需提供的文件
cover-needed-licence = 贵方营业执照或公司注册证明复印件；非中文文件请附中文译本。
cover-needed-none = 下列各项注册证书我所均已存档。
cover-needed-some = 尚缺{ $missing }份注册证书，请提供下表中标为“尚需提供”的各份证书复印件。
cover-section-steps = 三、后续步骤及时间安排
cover-steps-intro = 以下期间按中国大陆工作日计算，自{ $date }起算（假定我所于该日前收到签署完毕的授权委托书）；每一步骤自上一步骤结束时开始。
cover-steps-estimated = 国务院尚未公布{ $year }年节假日安排，该年日期仅按周末推算，可能调整。
cover-channel-portal = { $platform }：通过{ $portal }在线提交。
cover-channel-letter = 其他网站：向各网站经营者发送通知函。
cover-closing = 如有任何问题，请联系{ $signatory }（电子邮箱：{ $email }，电话：{ $phone }）。
cover-regards = 顺颂商祺！
cover-signature = 受托人
