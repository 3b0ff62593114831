package rules

import (
	"strings"

	"tierfit/internal/i18n"
)

// featureDocs explains each feature id in a few words, for the checkboxes.
var featureDocs = map[string][2]string{
	"rich_media":               {"images, voice, video and files in messages", "消息中的图片、语音、视频和文件"},
	"offline_messages":         {"messages kept for users who are offline", "为离线用户保留消息"},
	"push":                     {"notifications through APNs, FCM and phone vendors", "通过 APNs、FCM 及手机厂商通道推送"},
	"read_receipts":            {"1:1 read receipts", "单聊已读回执"},
	"group_read_receipts":      {"read receipts in groups", "群聊已读回执"},
	"recall":                   {"unsend a message after sending", "发送后撤回消息"},
	"multi_device_sync":        {"one account on several devices at once", "同一账号多端同时在线"},
	"reactions":                {"emoji reactions on messages", "消息表情回应"},
	"threads":                  {"replies in threads", "话题（子区）回复"},
	"presence":                 {"online and offline status", "在线状态"},
	"typing_indicators":        {"\"is typing…\"", "\"正在输入…\""},
	"message_search":           {"search in history", "历史消息搜索"},
	"translation":              {"machine translation of messages", "消息机器翻译"},
	"moderation":               {"filter text and images before delivery", "投递前审核文本和图片"},
	"webhooks":                 {"callbacks to your server on events", "事件回调到您的服务端"},
	"report_message":           {"users report abusive messages", "用户举报违规消息"},
	"chatrooms":                {"large live chat rooms", "大型直播聊天室"},
	"data_export":              {"export your data", "导出数据"},
	"conversation_list_server": {"conversation list kept on the server", "服务端会话列表"},
	"community":                {"communities of many groups", "社群（多群组）"},
	"sso":                      {"single sign-on for the console", "控制台单点登录"},
	"audit_logs":               {"audit logs of admin actions", "管理操作审计日志"},
	"hipaa":                    {"HIPAA compliance (BAA)", "HIPAA 合规（BAA）"},
	"dedicated_region":         {"a dedicated region or stack", "专属区域或集群"},
}

// featureNames name each feature id in a word or two, for sentences.
var featureNames = map[string][2]string{
	"rich_media":               {"rich media", "富媒体消息"},
	"offline_messages":         {"offline messages", "离线消息"},
	"push":                     {"push notifications", "离线推送"},
	"read_receipts":            {"read receipts", "已读回执"},
	"group_read_receipts":      {"group read receipts", "群已读回执"},
	"recall":                   {"message recall", "消息撤回"},
	"multi_device_sync":        {"multi-device sync", "多端同步"},
	"reactions":                {"reactions", "表情回应"},
	"threads":                  {"threads", "话题回复"},
	"presence":                 {"presence", "在线状态"},
	"typing_indicators":        {"typing indicators", "输入状态提示"},
	"message_search":           {"message search", "消息搜索"},
	"translation":              {"translation", "消息翻译"},
	"moderation":               {"moderation", "内容审核"},
	"webhooks":                 {"webhooks", "事件回调"},
	"report_message":           {"message reports", "消息举报"},
	"chatrooms":                {"chat rooms", "聊天室"},
	"data_export":              {"data export", "数据导出"},
	"conversation_list_server": {"server conversation list", "服务端会话列表"},
	"community":                {"communities", "社群"},
	"sso":                      {"single sign-on", "单点登录"},
	"audit_logs":               {"audit logs", "审计日志"},
	"hipaa":                    {"HIPAA", "HIPAA 合规"},
	"dedicated_region":         {"dedicated region", "专属区域"},
}

// featureWords, featureNameWords and regionWords are featureDocs,
// featureNames and regionNames as tables.
var featureWords, featureNameWords, regionWords = i18n.NewTable(featureDocs), i18n.NewTable(featureNames), i18n.NewTable(regionNames)

// FeatureName names a feature id in lang ("read receipts", "已读回执").
func FeatureName(id string, lang i18n.Lang) string { return featureNameWords.Msg(lang, id) }

// idNames names a list of feature or region ids in lang, joined with the
// language's comma: the sentences never show a raw id.
func idNames(lang i18n.Lang, rule string, list []string) i18n.Arg {
	name := FeatureName
	if rule == "regions" {
		name = RegionName
	}
	names := make([]string, len(list))
	for i, id := range list {
		names[i] = name(id, lang)
	}
	return txt(strings.Join(names, lang.Comma()))
}

// FeatureDoc explains a feature id in lang, for a checkbox's label.
func FeatureDoc(id string, lang i18n.Lang) string { return featureWords.Msg(lang, id) }

var regionNames = map[string][2]string{
	"cn": {"Mainland China", "中国大陆"}, "hk": {"Hong Kong", "中国香港"}, "tw": {"Taiwan", "中国台湾"},
	"sea": {"South-East Asia", "东南亚"}, "in": {"India", "印度"}, "kr": {"Korea", "韩国"}, "jp": {"Japan", "日本"},
	"eu": {"Europe", "欧洲"}, "na": {"North America", "北美"}, "sa": {"South America", "南美"},
	"au": {"Australia and Oceania", "澳洲及大洋洲"}, "me": {"Middle East", "中东"}, "af": {"Africa", "非洲"},
}

// RegionName names a region id in lang.
func RegionName(id string, lang i18n.Lang) string { return regionWords.Msg(lang, id) }

// SupportName names a support level in lang.
func SupportName(level string, lang i18n.Lang) string { return msg(lang, "level."+level) }

// ConfidenceName names a confidence level in lang.
func ConfidenceName(c string, lang i18n.Lang) string { return msg(lang, "conf."+c) }

// TooLarge is the problem of an input of size bytes over limit.
func TooLarge(size, limit int, lang i18n.Lang) Problem {
	return Problem{"", msg(lang, "v.too_large", num(int64(size)), num(int64(limit)))}
}
