using Protocol.Toolchain.Chain.Tests.Support;
using static Protocol.Toolchain.Chain.Tests.Support.RawRpc;

namespace Protocol.Toolchain.Chain.Tests.Rpc;

/// <summary>Malformed JSON-RPC, unknown methods and invalid parameters get neo-node's codes and messages; the node keeps serving.</summary>
public class RpcProtocolErrorTests(DevnetFixture devnet) : IClassFixture<DevnetFixture>
{
    private Uri Url => devnet.Server.Url;

    private async Task AssertStillServing()
    {
        var answer = await PostAsync(Url, Request("getblockcount", "[]"));
        Assert.Contains("\"result\":", answer);
    }

    [Fact]
    public async Task Malformed_json_is_bad_request_with_null_id()
    {
        Assert.Equal("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Bad request\"}}", await PostAsync(Url, "{\"jsonrpc\":"));
        await AssertStillServing();
    }

    [Fact]
    public async Task Empty_batch_missing_method_and_non_array_params_are_invalid_requests()
    {
        Assert.Equal((-32600, "Invalid request"), await ErrorAsync(Url, "[]"));
        Assert.Equal((-32600, "Invalid request"), await ErrorAsync(Url, "{\"jsonrpc\":\"2.0\",\"id\":3,\"params\":[]}"));
        Assert.Equal((-32600, "Invalid request"), await ErrorAsync(Url, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"getblockcount\",\"params\":{}}"));
        await AssertStillServing();
    }

    [Fact]
    public async Task Batches_answer_each_request_and_notifications_get_no_answer()
    {
        var answer = await PostAsync(Url, $"[{Request("getblockcount", "[]", 1)},{Request("nosuchmethod", "[]", "b")}]");
        Assert.StartsWith("[{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":", answer);
        Assert.Contains("{\"jsonrpc\":\"2.0\",\"id\":\"b\",\"error\":{\"code\":-32601,\"message\":\"Method not found - nosuchmethod\",\"data\":\"nosuchmethod\"}}", answer);
        Assert.Equal("", await PostAsync(Url, "{\"jsonrpc\":\"2.0\",\"method\":\"getblockcount\",\"params\":[]}"));
    }

    [Fact]
    public async Task Unknown_method_is_method_not_found()
    {
        Assert.Equal((-32601, "Method not found - openwallet"), await ErrorAsync(Url, Request("openwallet", "[\"w.json\",\"pw\"]")));
        await AssertStillServing();
    }

    [Theory]
    [InlineData("getcontractstate", "[{}]", "Invalid params - Invalid System.String value: {}")]
    [InlineData("invokefunction", "[\"0xzz\",\"symbol\"]", "Invalid params - Invalid UInt160: \"0xzz\"")]
    [InlineData("getrawtransaction", "[42]", "Invalid params - Invalid UInt256: 42")]
    [InlineData("invokescript", "[\"%%%\"]", "Invalid params - Invalid Base64-encoded bytes: \"%%%\"")]
    [InlineData("getblockhash", "[-1]", "Invalid params - Invalid height value: -1")]
    [InlineData("getnep17balances", "[\"Nxyz\"]", "Invalid params - Invalid Address: Nxyz")]
    [InlineData("invokefunction", "[\"0xd2a4cff31913016155e38e474a2c06d08be276cf\",\"balanceOf\",[{\"type\":\"Hash160\",\"value\":\"12\"}]]",
        "Invalid params - Invalid ContractParameter at [0]: Invalid Hash160 value '12'")]
    [InlineData("invokescript", "[\"EA==\",[{\"account\":\"0x0000000000000000000000000000000000000000\",\"scopes\":\"Sometimes\"}]]",
        "Invalid params - Invalid 'scopes' in Signer.")]
    [InlineData("sendrawtransaction", "[\"AAEC\"]", "Invalid params - Invalid Transaction Format")]
    public async Task Invalid_params_are_minus_32602_with_what_was_wrong(string method, string parameters, string message)
    {
        var (code, text) = await ErrorAsync(Url, Request(method, parameters));
        Assert.Equal(-32602, code);
        Assert.StartsWith(message, text);
        await AssertStillServing();
    }

    [Fact]
    public async Task Missing_required_parameter_is_answered_like_neo_node()
    {
        // neo-node raises ArgumentException("Required parameter 'x' is missing") and answers with its HResult as the code.
        Assert.Equal((-2147024809, "Required parameter 'hash' is missing"), await ErrorAsync(Url, Request("getapplicationlog", "[]")));
    }

    [Fact]
    public async Task Unknown_items_have_their_codes()
    {
        var zeroHash = "\"0x" + new string('0', 64) + "\"";
        Assert.Equal(-103, (await ErrorAsync(Url, Request("getrawtransaction", $"[{zeroHash}]"))).Code);
        Assert.Equal(-102, (await ErrorAsync(Url, Request("getcontractstate", "[\"0x" + new string('1', 40) + "\"]"))).Code);
        Assert.Equal(-109, (await ErrorAsync(Url, Request("getblockhash", "[99999]"))).Code);
        Assert.Equal((-32602, "Invalid params - Unknown transaction/blockhash"), await ErrorAsync(Url, Request("getapplicationlog", $"[{zeroHash}]")));
        Assert.Equal(-104, (await ErrorAsync(Url, Request("getstorage", "[\"GasToken\",\"AAAA\"]"))).Code);
        Assert.Equal((-601, "State iterator sessions disabled"),
            await ErrorAsync(Url, Request("traverseiterator", $"[\"{Guid.NewGuid()}\",\"{Guid.NewGuid()}\",10]")));
    }
}
