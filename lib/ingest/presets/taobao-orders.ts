import type { Preset } from "./types";

/**
 * Taobao/Tmall seller order report (千牛 › 已卖出的宝贝 › 批量导出): GBK,
 * one row per order, Beijing time without an offset, order numbers of up to
 * 19 digits written `="…"`, phones with a leading `'`. Several headers carry
 * a trailing space. Net = 买家实际支付金额 − 退款金额. The buyer's nick is an
 * account inside this shop's source; the masked Alipay account is not read.
 */
export const taobaoOrders: Preset = {
  id: "taobao-orders",
  label: "Taobao / Tmall orders",
  kind: "order",
  source: "taobao",
  signature: ["买家会员名", "买家实际支付金额", "买家应付货款", "宝贝标题", "买家支付宝账号"],
  columns: {
    orderId: ["订单编号", "主订单编号"],
    customerId: ["买家会员名"],
    phone: ["联系手机", "联系电话"],
    name: ["收货人姓名"],
    orderedAt: ["订单创建时间", "订单付款时间"],
    amount: ["买家实际支付金额", "总金额"],
    refund: ["退款金额"],
    status: ["订单状态"],
    itemName: ["宝贝标题"],
    quantity: ["宝贝总数量"],
  },
  known: ["买家支付宝账号", "买家应付货款", "买家应付邮费", "买家支付积分", "返点积分", "买家实际支付积分", "买家留言",
    "收货地址", "运送方式", "宝贝种类", "物流单号", "物流公司", "订单备注", "店铺Id", "店铺名称", "订单关闭原因",
    "卖家服务费", "买家服务费", "发票抬头", "是否手机订单", "分阶段订单信息", "定金排名", "修改后的sku",
    "修改后的收货地址", "异常信息", "天猫卡券抵扣", "集分宝抵扣", "是否是O2O交易", "确认收货时间", "打款商家金额"],
  orderMoney: "order",
  currency: "CNY",
  phoneRegion: "CN",
  excludedStatuses: ["交易关闭", "等待买家付款"],
};
