// Stores inside a loop through another reference: an instance field written through a second
// reference to the same object, a static written through a method of another object, and an
// int[] element written through a parameter that is the array the loop reads through a field.
public class AliasStoreOther {
    static final class Box {
        int value;
        int[] data = new int[6];
        Box next;
    }

    static int sumThroughOther(Box a, Box b, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a.value;
            b.value = i * 3;
        }
        return s;
    }

    static int elementsThroughParameter(Box a, int[] other) {
        int s = 0;
        for (int i = 0; i < a.data.length; i++) {
            other[0] = i + 100;
            s += a.data[0] + a.data[i];
        }
        return s;
    }

    static int fieldOfNext(Box a) {
        int s = 0;
        for (int i = 0; i < 5; i++) {
            a.next.value = i;
            s += a.value * 7 + a.next.value;
        }
        return s;
    }

    public static void main(String[] args) {
        Box a = new Box();
        a.value = 1;
        System.out.println("same box: " + sumThroughOther(a, a, 6));
        Box c = new Box();
        System.out.println("other box: " + sumThroughOther(a, c, 6) + " " + a.value + " " + c.value);
        System.out.println("same array: " + elementsThroughParameter(a, a.data));
        System.out.println("other array: " + elementsThroughParameter(a, new int[1]));
        a.next = a;
        System.out.println("next is self: " + fieldOfNext(a));
        a.next = new Box();
        System.out.println("next is other: " + fieldOfNext(a));
    }
}
