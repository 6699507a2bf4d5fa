// java.lang.StringBuffer (the synchronized StringBuilder) is missing on the device (a build error).
public class StringBufferUse {
    public static void main(String[] args) {
        StringBuffer sb = new StringBuffer();
        sb.append("a").append(1).append('c');
        System.out.println(sb + " " + sb.length());
    }
}
